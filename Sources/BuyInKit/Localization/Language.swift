/// A language buyin speaks. Stored data never depends on it; only what a person reads does.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en, fr

    /// Reads a language from a code such as `fr`, `fr_FR.UTF-8`, `en-GB` or `FR`.
    /// Returns nil for `C`, `POSIX` and languages buyin does not speak.
    public init?(code: String) {
        let lowered = code.lowercased()
        let prefix = lowered.prefix { $0.isLetter }
        guard let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }

    /// Decides the language before anything else runs, so that even the help text is translated:
    /// `--lang` wins, then `BUYIN_LANG`, then the POSIX variables (`LANGUAGE` as GNU programs do,
    /// then `LC_ALL`, `LC_MESSAGES`, `LANG`); English when nothing matches.
    public static func resolve(arguments: [String], environment: [String: String]) -> Language {
        if let requested = requestedInArguments(arguments), let language = Language(code: requested) {
            return language
        }
        if let value = environment["BUYIN_LANG"], !value.isEmpty, let language = Language(code: value) {
            return language
        }
        return fromLocaleVariables(environment) ?? .en
    }

    /// The value given to `--lang` on the command line, if any (before a `--`).
    public static func requestedInArguments(_ arguments: [String]) -> String? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--lang", arguments.index(after: index) < arguments.endIndex {
                return arguments[arguments.index(after: index)]
            }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
            index = arguments.index(after: index)
        }
        return nil
    }

    static func fromLocaleVariables(_ environment: [String: String]) -> Language? {
        // POSIX: the first of these that is set decides, even when it names a language we lack.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        let isPlainC = locale.map { $0 == "C" || $0 == "POSIX" || $0.hasPrefix("C.") } ?? true
        // GNU gettext honours LANGUAGE (a colon-separated preference list) unless the locale is C.
        if !isPlainC, let list = environment["LANGUAGE"], !list.isEmpty {
            for entry in list.split(separator: ":") {
                if let language = Language(code: String(entry)) { return language }
            }
        }
        return locale.flatMap { Language(code: $0) }
    }
}
