//
// buyin's patch to swift-mustache (see PATCHES.md), not part of the upstream package.
//

/// The document a rendering writes, as UTF-8 bytes. Appending to a `String` cost ~340
/// instructions each time (uniqueness, capacity and the ASCII and NFC flags checked and merged),
/// tens of thousands of times in a long document; appending bytes to an array is a copy.
struct RenderOutput {
    private var bytes: [UInt8] = []

    static func += (output: inout RenderOutput, text: String) {
        var text = text
        text.withUTF8 { output.bytes.append(contentsOf: $0) }
    }

    /// The document: valid UTF-8, each piece having been a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The document's bytes as they are, for a caller that writes them out: making them a
    /// `String` checks every byte and copies them all.
    var utf8: [UInt8] { bytes }
}
