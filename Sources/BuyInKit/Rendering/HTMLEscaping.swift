import Mustache

/// HTML escaping of `< > & " '`, byte by byte (the characters that act are dropped from the
/// rendered page as a whole, `BriefRenderer.render`). Registered as the `HTML` content type in place of
/// swift-mustache's own, which looks each character up in a dictionary and was the largest cost
/// of an HTML pre-read with a thousand meetings.
public struct HTMLEscaping: MustacheContentType {
    /// Whether French « 1er » before a month is set as « 1<sup>er</sup> », as French typography
    /// wants; not inside SVG or `<title>`, where a `<sup>` would hide the letters.
    let superscriptsOrdinals: Bool

    public init(superscriptsOrdinals: Bool = true) {
        self.superscriptsOrdinals = superscriptsOrdinals
    }

    /// The characters HTML escapes.
    static let special = ASCIISet("<>&\"'")
    /// Those and the second byte of a no-break space (0xA0), for French ordinals.
    static let specialOrNoBreak = ASCIISet("<>&\"'", alsoByte: 0xA0)

    public func escapeText(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        let utf8 = text.utf8
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            case 0x27: output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
            if superscriptsOrdinals && output.count >= 5 && Self.endsWithFirstBeforeMonth(output) {
                // "1er" + no-break space, as a French date writes the first of a month.
                output.removeLast(4)
                output.append(contentsOf: "<sup>er</sup>\u{A0}".utf8)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the text holds a character to escape or, for French ordinals, a no-break space
    /// (its second byte is 0xA0). On the string's own bytes: the generic search cost 6 M
    /// instructions of a 1,000-meeting HTML pre-read (callgrind), for text that is nearly all plain.
    func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            superscriptsOrdinals ? Self.specialOrNoBreak.isFound(in: bytes) : Self.special.isFound(in: bytes)
        }
    }

    /// Whether the bytes end in "1er" and a no-break space after something that is not a digit.
    private static func endsWithFirstBeforeMonth(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        guard bytes[count - 1] == 0xA0, bytes[count - 2] == 0xC2, bytes[count - 3] == 0x72, bytes[count - 4] == 0x65,
              bytes[count - 5] == 0x31 else { return false }
        return count == 5 || !(0x30...0x39).contains(bytes[count - 6])
    }
}
