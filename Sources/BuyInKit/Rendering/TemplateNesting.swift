/// How deeply a template's sections nest, read from its text before swift-mustache parses it:
/// its parser and renderer recurse once per level, and a template a thousand levels deep
/// would overflow the stack instead of ending in an error.
enum TemplateNesting {
    /// Deeper than any pre-read needs (ours nest four levels), far from the stack's limit.
    static let limit = 40

    /// The deepest nesting of sections (`{{#…}}`, `{{^…}}`, blocks and parents), following
    /// delimiter changes (`{{=<% %>=}}`) as the parser does.
    static func depth(of text: String) -> Int {
        var open = Array("{{".utf8), close = Array("}}".utf8)
        let bytes = Array(text.utf8)
        var index = 0, depth = 0, deepest = 0
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
            var position = start
            while position <= bytes.count - pattern.count {
                if bytes[position] == pattern[0] && Array(bytes[position..<position + pattern.count]) == pattern { return position }
                position += 1
            }
            return nil
        }
        while let start = find(open, from: index) {
            let tagStart = start + open.count
            guard var end = find(close, from: tagStart) else { break }
            var tag = bytes[tagStart..<end]
            while let first = tag.first, first == UInt8(ascii: " ") { tag = tag.dropFirst() }
            index = end + close.count
            switch tag.first {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "{"):
                // `{{{name}}}`: the third brace closes after the two.
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1 }
            case UInt8(ascii: "="):
                // `{{=<% %>=}}`: new delimiters, split at the space.
                if tag.last == UInt8(ascii: "=") { end -= 1 }
                let inner = bytes[(tag.startIndex + 1)..<max(tag.startIndex + 1, end)].split(separator: UInt8(ascii: " "))
                if inner.count == 2 {
                    open = Array(inner[0])
                    close = Array(inner[1])
                }
            default:
                break
            }
        }
        return deepest
    }
}
