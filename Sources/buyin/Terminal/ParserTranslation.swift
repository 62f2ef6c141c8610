import BuyInKit
import Foundation

/// swift-argument-parser writes some words of its own in English ("USAGE:", "Missing expected
/// argument"…; apple/swift-argument-parser#203). They are translated here, in one place, from
/// the `parser.*` keys: the English table holds the parser's wording, the reader's table the translation.
enum ParserTranslation {
    static let phraseKeys = [
        "parser.overview", "parser.usage", "parser.arguments", "parser.options", "parser.subcommands",
        "parser.showHelp", "parser.showVersion", "parser.default", "parser.error",
        "parser.completion", "parser.helpCommand", "parser.subcommandValue", "parser.missingSubcommand",
        "parser.defaultSubcommand", "parser.listSeparator", "parser.noShell",
    ]
    /// Longer patterns first: "Unknown option '…'. Did you mean '…'?" before "Unknown option '…'".
    static let messageKeys = [
        "parser.didYouMean", "parser.unexpectedValue", "parser.unsupportedShell", "parser.missingOneOf", "parser.invalidOption",
        "parser.missingArgument", "parser.unknownOption", "parser.unexpectedArgument", "parser.invalidValue",
        "parser.missingValue", "parser.unexpectedArguments", "parser.unknownSubcommand", "parser.seeHelp",
    ]

    /// Help text holds one message pattern (`parser.seeHelp`); error lines may hold any.
    static func translate(_ text: String, english: Localizer, reader: Localizer, isHelp: Bool = false) -> String {
        guard reader.language != .en else { return text }
        var result = text
        for key in isHelp ? ["parser.seeHelp"] : messageKeys {
            result = translateMessage(result, pattern: english.template(key), replacement: reader.template(key))
        }
        for key in phraseKeys {
            let phrase = english.template(key)
            guard phrase != key else { continue }
            result = result.replacingEvery(phrase, with: reader.template(key))
        }
        return result
    }

    /// Matches a pattern with one or more `%@` against each line and refills the translation.
    static func translateMessage(_ text: String, pattern: String, replacement: String) -> String {
        let pieces = pattern.components(separatedBy: "%@")
        guard pieces.count > 1 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var rest = Substring(line)
            var captures: [String] = []
            guard let start = rest.byteRange(of: pieces[0]) else { return String(line) }
            let before = rest[..<start.lowerBound]
            rest = rest[start.upperBound...]
            for (index, piece) in pieces.dropFirst().enumerated() {
                let isLast = index == pieces.count - 2
                if isLast && piece.isEmpty {
                    captures.append(String(rest)); rest = ""
                } else if let range = rest.byteRange(of: piece, backwards: isLast) {
                    captures.append(String(rest[..<range.lowerBound])); rest = rest[range.upperBound...]
                } else {
                    return String(line)
                }
            }
            return String(before) + Localizer.fill(replacement, with: captures) + rest
        }.joined(separator: "\n")
    }
}
