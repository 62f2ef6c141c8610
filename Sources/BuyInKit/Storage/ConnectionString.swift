import Foundation

/// The forms of a PostgreSQL address that libpq accepts, recognised without libpq (the static
/// build must still know a server when it is given one), and the passwords they may carry,
/// kept out of every line buyin prints.
public enum ConnectionString {
    /// libpq's keywords (PostgreSQL 15–17): a `--db` that begins with one of them followed by
    /// `=` is a keyword/value string, `host=db user=alice`, as psql reads it.
    static let keywords: Set<String> = [
        "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "channel_binding", "connect_timeout",
        "client_encoding", "options", "application_name", "fallback_application_name", "keepalives", "keepalives_idle",
        "keepalives_interval", "keepalives_count", "tcp_user_timeout", "replication", "sslmode", "requiressl",
        "sslcompression", "sslcert", "sslkey", "sslpassword", "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir",
        "sslsni", "requirepeer", "ssl_min_protocol_version", "ssl_max_protocol_version", "gssencmode", "krbsrvname",
        "gsslib", "gssdelegation", "service", "target_session_attrs", "load_balance_hosts", "require_auth", "sslnegotiation",
    ]

    /// `postgresql://…` or `postgres://…` in any case (a URI's scheme is case-insensitive), or a
    /// keyword/value string.
    public static func isServer(_ location: String) -> Bool {
        uriSchemeLength(location) != nil || isKeywordForm(location)
    }

    /// The address as libpq reads it: libpq compares the scheme case-sensitively, so a
    /// `Postgres://` address gets its scheme in lower case; anything else is left as given.
    public static func normalized(_ location: String) -> String {
        guard let length = uriSchemeLength(location) else { return location }
        return location.prefix(length).lowercased() + location.dropFirst(length)
    }

    static func uriSchemeLength(_ location: String) -> Int? {
        let lower = location.prefix(13).lowercased()
        if lower.hasPrefix("postgresql://") { return 13 }
        if lower.hasPrefix("postgres://") { return 11 }
        return nil
    }

    static func isKeywordForm(_ location: String) -> Bool {
        let text = location.drop { $0 == " " || $0 == "\t" }
        guard let equals = text.firstIndex(of: "=") else { return false }
        let keyword = text[..<equals].trimmingCharacters(in: .whitespaces)
        return keywords.contains(keyword.lowercased())
    }

    /// `text` with every password a connection string in it may carry replaced by `***`:
    /// a URI's `user:password@`, its `?password=` parameter, and a `password=` keyword (quoted
    /// or not). Applied to every line buyin writes on standard error, and to libpq's messages,
    /// which quote a malformed address back.
    public static func redactingPasswords(in text: String) -> String {
        guard text.contains("://") || text.lowercased().contains("password") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = nextPassword(in: rest) {
            result += rest[..<range.lowerBound]
            result += "***"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// A message about `conninfo` (libpq's, which may quote the address or a malformed part of
    /// it back) with the password it carries, as typed or percent-decoded, replaced by `***`.
    public static func redacting(_ message: String, conninfo: String) -> String {
        var message = redactingPasswords(in: message)
        var rest = Substring(conninfo)
        while let range = nextPassword(in: rest) {
            var password = String(rest[range])
            if password.hasPrefix("'") && password.hasSuffix("'") && password.count >= 2 { password = String(password.dropFirst().dropLast()) }
            for form in Set([password, password.removingPercentEncoding ?? password]) where form.count >= 3 {
                message = message.replacingEvery(form, with: "***")
            }
            rest = rest[range.upperBound...]
        }
        return message
    }

    /// The range of the next password in `text`, if any.
    static func nextPassword(in text: Substring) -> Range<Substring.Index>? {
        var candidates: [Range<Substring.Index>] = []
        // `scheme://user:password@host`: the password runs from the first `:` of the user part
        // to the last `@` before the path's `/` (libpq reads a `?` or a quote before the `@` as
        // part of the password), or the end of the word.
        if let scheme = text.range(of: "://") {
            let authorityEnd = text[scheme.upperBound...].firstIndex { $0 == "/" || $0 == " " || $0 == "\n" } ?? text.endIndex
            let authority = text[scheme.upperBound..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":"), authority.index(after: colon) < at {
                candidates.append(authority.index(after: colon)..<at)
            }
        }
        // `password=value` (keyword form or URI parameter), `password = 'quoted value'`.
        var searchFrom = text.startIndex
        while let found = text.range(of: "password", options: .caseInsensitive, range: searchFrom..<text.endIndex) {
            var index = found.upperBound
            searchFrom = found.upperBound
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            guard index < text.endIndex, text[index] == "=" else { continue }
            index = text.index(after: index)
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            let start = index
            if index < text.endIndex, text[index] == "'" {
                index = text.index(after: index)
                while index < text.endIndex, text[index] != "'" {
                    if text[index] == "\\" { index = text.index(after: index); if index == text.endIndex { break } }
                    index = text.index(after: index)
                }
                if index < text.endIndex { index = text.index(after: index) }
            } else {
                while index < text.endIndex, !" &\n\"".contains(text[index]) { index = text.index(after: index) }
            }
            if start < index { candidates.append(start..<index) }
            break
        }
        return candidates.min { $0.lowerBound < $1.lowerBound }
    }
}
