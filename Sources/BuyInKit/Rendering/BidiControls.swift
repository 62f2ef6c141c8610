/// The invisible characters that reorder text (embeddings, overrides, isolates: U+202A–U+202E,
/// U+2066–U+2069). In a pre-read they could make a line read other than it is written, so
/// the documents drop them; direction comes from the text itself (`dir="auto"`).
enum BidiControls {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The text without them; untouched (and not copied) when it has none, the common case:
    /// each of them is written in UTF-8 with the lead byte 0xE2.
    static func neutralised(_ text: String) -> String {
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains(where: isControl) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !isControl($0) })
        return String(kept)
    }
}
