import Mustache

/// HTML escaping of `< > & " '`, byte by byte (the characters that act are dropped from the
/// rendered page as a whole, `BriefRenderer.render`). Registered as the `HTML` content type in place of
/// swift-mustache's own, which looks each character up in a dictionary and was the largest cost
/// of an HTML pre-read with a thousand meetings.
public struct HTMLEscaping: MustacheContentType {
    public init() {}

    public func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
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
        }
        return String(decoding: output, as: UTF8.self)
    }
}
