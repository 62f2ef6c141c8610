import Mustache

/// Escapes a person's text so that Markdown shows it as typed: a `|` does not split a table
/// cell, a `#` does not start a heading, `*` and `_` do not turn into emphasis, `<b>` is not HTML.
/// Line breaks become spaces, because a break would end a table row or a list item. The
/// characters that act are dropped from the rendered document as a whole (`BriefRenderer.render`).
public struct MarkdownEscaping: MustacheContentType {
    public init() {}

    /// Characters with a meaning anywhere in a line.
    static let special = ASCIISet("\\`*_[]<>|~&")

    /// `special` and the line breaks, which are every character `needsEscaping` looks for past
    /// the first: asked of each byte of the pre-read's text.
    static let specialOrLineBreak = special.adding("\n\r")

    /// Characters with a meaning at the start of a line.
    static let specialAtStart = ASCIISet("#+-=>")

    public func escapeText(_ text: String) -> String {
        // Works on UTF-8 bytes: every character that matters is ASCII, and long documents
        // escape thousands of cells, most of which need nothing: those are returned as they are
        // (callgrind: two arrays per cell cost 12 M instructions for a 1,000-meeting log).
        guard needsEscaping(text) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        var atLineStart = true
        var leadingDigits = true
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
                atLineStart = true
                continue
            }
            // "1. " at the very start would become a numbered list; "50.5" would not.
            let endsWord = index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\t")
            if leadingDigits && !output.isEmpty && endsWord && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) {
                output.append(UInt8(ascii: "\\"))
            }
            if Self.special.contains(byte) || (atLineStart && Self.specialAtStart.contains(byte)) { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { atLineStart = false }
            if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) { leadingDigits = false }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `escapeText` would change the text: a line break or a special character
    /// anywhere, a character special at the start of a line first, or a leading digit (which
    /// may start a numbered list; the full pass decides).
    func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first else { return false }
            if Self.specialAtStart.contains(first) || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
                || first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                return true
            }
            return Self.specialOrLineBreak.isFound(in: bytes)
        }
    }
}
