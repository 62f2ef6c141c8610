import Mustache

/// Text inside a Word run (`<w:t>`): XML's five characters escaped, and a line break or a tab
/// in a person's text made Word's own (`<w:br/>`, `<w:tab/>`) so that a multi-line answer reads
/// as typed. Registered as the `WORDML` content type for `brief.docx.mustache`.
public struct WordEscaping: MustacheContentType {
    public init() {}

    static let lineBreak = "</w:t><w:br/><w:t xml:space=\"preserve\">"
    static let tab = "</w:t><w:tab/><w:t xml:space=\"preserve\">"

    public func escapeText(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += Self.lineBreak
            case "\t": output += Self.tab
            case "\r": continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
