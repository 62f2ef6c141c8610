import Foundation

/// Why the system refused: an errno, shown in the reader's language when buyin knows its
/// meaning (`errno.ENOENT`), else as the C library words it; or a text from SQLite.
public enum FailureReason: Equatable, Sendable {
    case system(Int32)
    case text(String)

    /// The errno values buyin words itself, by their C names (the translation keys).
    static let names: [Int32: String] = [
        ENOENT: "ENOENT", ENOTDIR: "ENOTDIR", EACCES: "EACCES", EPERM: "EPERM", EEXIST: "EEXIST", ENOSPC: "ENOSPC",
        EROFS: "EROFS", EISDIR: "EISDIR", ELOOP: "ELOOP", ENAMETOOLONG: "ENAMETOOLONG", EFBIG: "EFBIG", EIO: "EIO",
        EDQUOT: "EDQUOT", EMFILE: "EMFILE", EBUSY: "EBUSY", EINVAL: "EINVAL", EPIPE: "EPIPE", EXDEV: "EXDEV",
    ]

    public func text(_ l: Localizer) -> String {
        switch self {
        case .text(let text): return text
        case .system(let code):
            if let name = Self.names[code], l.has("errno.\(name)") { return l.text("errno.\(name)") }
            return String(cString: strerror(code))
        }
    }
}

/// A person buyin could mean by a name typed: their name and number.
public struct StakeholderCandidate: Equatable, Sendable {
    public var name: String
    public var id: Int64
}

/// What libpq or the server said, in the reader's language. libpq writes its messages in the
/// C locale's English whatever buyin's language: the reasons a person meets (nothing listening,
/// an unknown host, a wrong password, an unknown role or database) are worded by buyin; any
/// other is shown as the server wrote it.
public enum ServerReason {
    static let known: [(fragment: String, key: String)] = [
        ("password authentication failed", "passwordFailed"),
        ("no password supplied", "noPassword"),
        ("database \"", "databaseMissing"),
        ("role \"", "roleMissing"),
        ("connection refused", "connectionRefused"),
        ("no such file or directory", "nothingListening"),
        ("could not translate host name", "unknownHost"),
        ("timeout expired", "timeout"),
        ("server closed the connection", "serverClosed"),
        ("terminating connection", "serverClosed"),
        ("no connection to the server", "serverClosed"),
        ("permission denied", "permission"),
        ("must be owner", "permission"),
        ("invalid percent-encoded token", "badAddress"),
        ("invalid uri", "badAddress"),
        ("invalid connection option", "badAddress"),
        ("missing \"=\"", "badAddress"),
        ("unterminated quoted string", "badAddress"),
    ]

    public static func text(_ reason: String, _ l: Localizer) -> String {
        key(of: reason).map { l.text("serverReason.\($0)") } ?? reason
    }

    /// The reason's translation key (`databaseMissing`), or nil for one buyin does not word.
    static func key(of reason: String) -> String? {
        let lowered = reason.lowercased()
        for (fragment, key) in known where lowered.contains(fragment) {
            if (key == "databaseMissing" || key == "roleMissing") && !lowered.contains("does not exist") { continue }
            return key
        }
        return nil
    }
}
