import Mustache

/// Escapes a person's text so that Markdown shows it as typed: a `|` does not split a table
/// cell, a `#` does not start a heading, `*` and `_` do not turn into emphasis, `<b>` is not HTML.
/// Line breaks become spaces, because a break would end a table row or a list item.
public struct MarkdownEscaping: MustacheContentType {
    public init() {}

    public func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var atLineStart = true
        for character in text {
            if character == "\n" || character == "\r" {
                if !result.hasSuffix(" ") { result.append(" ") }
                atLineStart = true
                continue
            }
            if "\\`*_[]<>|~&".contains(character) || (atLineStart && "#+-=>".contains(character)) {
                result.append("\\")
            }
            result.append(character)
            if !character.isWhitespace { atLineStart = false }
        }
        // "1. " at the start would become a numbered list.
        if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex, ".)".contains(result[dot]) {
            result.insert("\\", at: dot)
        }
        return result
    }
}
