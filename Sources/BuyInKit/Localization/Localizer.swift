import Foundation

/// Tables already read in this process.
enum TableCache {
    static let lock = NSLock()
    /// Read and written only under `lock`.
    nonisolated(unsafe) static var tables: [String: StringsTable] = [:]
}

/// Every word buyin shows comes through here, from `Resources/<lang>.lproj/Localizable.strings`.
///
/// Foundation on Linux ignores the chosen language in `NSLocalizedString`, so we load the table
/// of the language we decided on ourselves, with English behind it for any key a translation lacks.
public struct Localizer: Sendable {
    public let language: Language
    let table: StringsTable
    let formatted = FormattedDays()

    public init(language: Language, table: StringsTable) {
        self.language = language
        self.table = table
    }

    /// Every key and text of a language's table (the tests compare the two languages).
    public static func loadTable(_ language: Language) throws -> [String: String] {
        try table(language).all
    }

    /// Loads the table of a language.
    public static func load(_ language: Language) throws -> Localizer {
        Localizer(language: language, table: try table(language))
    }

    /// Like `load`, but never fails: without resources, keys are shown as they are and the
    /// edge reports the missing resources in one line.
    public static func loadOrBare(_ language: Language) -> Localizer {
        (try? load(language)) ?? Localizer(language: language, table: .empty)
    }

    /// Whether the translation tables were found.
    public var hasTables: Bool { !table.isEmpty }

    /// The English text of a key a translation lacks. English is read only then, not on every
    /// start-up: the key-parity test keeps a release from ever needing it.
    func english(_ key: String) -> String? {
        guard language != .en else { return nil }
        return (try? Self.table(.en))?[key]
    }

    /// A language's table, read once per process.
    static func table(_ language: Language) throws -> StringsTable {
        TableCache.lock.lock()
        defer { TableCache.lock.unlock() }
        if let table = TableCache.tables[language.rawValue] { return table }
        let data = try ResourceLocator.contents("\(language.rawValue).lproj/Localizable.strings")
        guard let table = StringsFile.table(data) else { throw BuyInError.resourcesMissing }
        TableCache.tables[language.rawValue] = table
        return table
    }

    /// The text of a key with `%@` / `%1$@` placeholders filled in.
    public func text(_ key: String, _ arguments: String...) -> String {
        text(key, arguments: arguments)
    }

    public func text(_ key: String, arguments: [String]) -> String {
        Self.fill(template(key), with: arguments)
    }

    /// The singular (`key.one`) or plural (`key.other`) form for a count; the count is `%1$@`.
    public func plural(_ key: String, count: Int, _ arguments: String...) -> String {
        let form = language.isSingular(count) ? "one" : "other"
        return text("\(key).\(form)", arguments: [number(Double(count))] + arguments)
    }

    /// The text of a key with its placeholders left in, for matching and refilling.
    public func template(_ key: String) -> String { table[key] ?? english(key) ?? key }

    /// Whether a key exists in the tables.
    public func has(_ key: String) -> Bool { table[key] != nil || english(key) != nil }

    /// Fills `%@` (in order) and `%N$@` (by position) placeholders; `%%` is a percent sign.
    /// Works on UTF-8 bytes: every cell of a long listing passes through here.
    public static func fill(_ template: String, with arguments: [String]) -> String {
        let percent = UInt8(ascii: "%"), at = UInt8(ascii: "@"), dollar = UInt8(ascii: "$")
        guard template.containsByte(percent) else { return template }
        var template = template
        // Into one byte buffer, made a string once: appending pieces to a string checked and
        // grew it at each piece (callgrind: ~3,800 instructions a date in a listing). The
        // template is cut only at ASCII bytes, so every piece is whole UTF-8.
        return template.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
            func append(argument position: Int) {
                guard position >= 0 && position < arguments.count else { return }
                var argument = arguments[position]
                argument.withUTF8 { result.append(contentsOf: $0) }
            }
            var sequential = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte == percent else { result.append(byte); continue }
                if index < bytes.count, bytes[index] == percent {
                    result.append(percent)
                    index += 1
                } else if index < bytes.count, bytes[index] == at {
                    append(argument: sequential)
                    sequential += 1
                    index += 1
                } else {
                    var cursor = index
                    var position = 0
                    while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                        // Saturates: any position past the arguments fills in nothing, however long.
                        position = min(position * 10 + Int(bytes[cursor] - UInt8(ascii: "0")), 1_000_000)
                        cursor += 1
                    }
                    if cursor > index, cursor + 1 < bytes.count, bytes[cursor] == dollar, bytes[cursor + 1] == at {
                        append(argument: position - 1)
                        index = cursor + 2
                    } else {
                        // A lone percent sign stays as it is.
                        result.append(percent)
                    }
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The placeholders of a template, in order (used to check that translations agree).
    public static func placeholders(in template: String) -> [String] {
        var found: [String] = []
        var characters = template[...]
        while let percent = characters.firstIndex(of: "%") {
            let rest = characters[characters.index(after: percent)...]
            if rest.first == "%" { characters = rest.dropFirst(); continue }
            let digits = rest.prefix { $0.isNumber }
            let afterDigits = rest.dropFirst(digits.count)
            if afterDigits.hasPrefix("$@") {
                found.append("%\(digits)$@")
                characters = afterDigits.dropFirst(2)
            } else if let kind = afterDigits.first, digits.isEmpty {
                found.append("%\(kind)")
                characters = afterDigits.dropFirst()
            } else {
                characters = rest
            }
        }
        return found
    }
}
