import BuyInKit

/// The command line as typed, made ready for swift-argument-parser, which reads some lines
/// differently from what the person meant:
/// - options of `GlobalOptions` given before the subcommand (`buyin --db X status`) are moved
///   after it, where the parser looks for them;
/// - a value that starts with a dash but cannot be an option (`"- see http://…"`, `-5`) is a
///   value: after an option that takes one it is joined to it (`--summary=- see…`), elsewhere
///   it goes after `--` with the positional values that follow it;
/// - an option that keeps one value, given twice, is refused: the parser would keep the last
///   without a word.
enum ArgumentLine {
    static let globalNames = ["--db", "--lang", "--campaign"]

    static func prepared(_ arguments: [String]) throws -> [String] {
        guard arguments.count <= CommandLineShape.maximumArguments else {
            throw BuyInError.tooManyArguments(CommandLineShape.maximumArguments)
        }
        let line = globalOptionsMoved(arguments)
        try refuseRepeatedOptions(line)
        return dashValuesKept(line)
    }

    /// `--name`, `--name=value`, `-h`: what the parser will read as an option.
    static func isOptionShaped(_ argument: String) -> Bool {
        var bytes = Substring(argument).utf8[...]
        guard bytes.first == UInt8(ascii: "-") else { return false }
        bytes = bytes.dropFirst()
        let isLong = bytes.first == UInt8(ascii: "-")
        if isLong { bytes = bytes.dropFirst() }
        guard let first = bytes.first, isLetter(first) else { return false }
        let name = bytes.prefix { $0 != UInt8(ascii: "=") }
        guard name.allSatisfy({ isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }) else {
            return false
        }
        return isLong || name.count == 1
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// The option's long name, without a value written with `=`.
    static func optionName(_ argument: String) -> String {
        let name = String(argument.prefix { $0 != "=" })
        return CommandLineShape.shortNames[name] ?? name
    }

    /// Whether the option takes its value from the next argument.
    static func takesNextValue(_ argument: String) -> Bool {
        !argument.contains("=") && !CommandLineShape.flags.contains(optionName(argument))
    }

    static func globalOptionsMoved(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if globalNames.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if globalNames.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        // Only when a subcommand follows; `buyin --lang fr` alone stays as typed.
        guard !leading.isEmpty, index < arguments.count, !arguments[index].hasPrefix("-") else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: end)
        return rest
    }

    static func refuseRepeatedOptions(_ arguments: [String]) throws {
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            index += 1
            guard isOptionShaped(argument) else { continue }
            let name = optionName(argument)
            if takesNextValue(argument) { index += 1 }
            if CommandLineShape.flags.contains(name) || CommandLineShape.repeatable.contains(name) { continue }
            guard seen.insert(name).inserted else { throw BuyInError.repeatedOption(name) }
        }
    }

    static func dashValuesKept(_ arguments: [String]) -> [String] {
        func isDashValue(_ argument: String) -> Bool {
            argument.hasPrefix("-") && argument != "-" && argument != "--" && !isOptionShaped(argument)
        }
        // The usual line has none: nothing to do.
        guard arguments.contains(where: isDashValue) else { return arguments }
        var options: [String] = []
        var positionals: [String] = []
        var afterTerminator: [String] = []
        var movingPositionals = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                afterTerminator = Array(arguments[index...])
                break
            }
            if isOptionShaped(argument) {
                if takesNextValue(argument), index < arguments.count {
                    let value = arguments[index]
                    index += 1
                    options.append(isDashValue(value) ? argument + "=" + value : argument)
                    if !isDashValue(value) { options.append(value) }
                } else {
                    options.append(argument)
                }
            } else if isDashValue(argument) || movingPositionals {
                movingPositionals = true
                positionals.append(argument)
            } else {
                options.append(argument)
            }
        }
        guard !positionals.isEmpty || !afterTerminator.isEmpty else { return options }
        return options + ["--"] + positionals + afterTerminator
    }
}
