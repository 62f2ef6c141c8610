/// How many terminal columns a text takes: what a table's columns are aligned by. A character
/// is not a column: 王 and most emoji take two, a combining accent or a joiner none.
public enum DisplayWidth {
    /// A listing's cell as a terminal shows it on one line (a line break as a space, a character
    /// that acts shown as `\u{1B}`, never obeyed), and the columns it takes. Printable ASCII,
    /// nearly every cell, is shown as it is and is as wide as its bytes: one look at its bytes,
    /// where the general path takes three (callgrind, a 1,000-meeting `meeting list`).
    public static func cell(_ text: String) -> (shown: String, width: Int) {
        if text.isPrintableASCII { return (text, text.utf8.count) }
        let shown = text.replacingEvery("\n", with: " ").shownOnOneLine
        return (shown, of(shown))
    }

    /// The columns `text` takes. Plain ASCII, the usual cell, is its byte count.
    public static func of(_ text: String) -> Int {
        var text = text
        if text.withUTF8({ bytes in !bytes.contains { $0 >= 0x80 } }) { return text.utf8.count }
        // Accented Latin, dashes, arrows and currency signs are one column each and never join
        // their neighbours: counted by scalar, without breaking the text into graphemes
        // (callgrind, a 1,000-meeting `meeting list`: the grapheme walk alone was 11% of it).
        var scalars = 0
        for scalar in text.unicodeScalars {
            guard isNarrowAlone(scalar.value) else { return text.reduce(0) { $0 + of($1) } }
            scalars += 1
        }
        return scalars
    }

    /// Printable ASCII, Latin-1 to the end of Latin Extended-B and IPA, general punctuation but
    /// for its invisible marks, super- and subscripts, currency signs, arrows.
    static func isNarrowAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF, 0x2190...0x21FF: return true
        default: return false
        }
    }

    /// One character as the terminal draws it: a grapheme whose first scalar is wide (East Asian
    /// Wide or Fullwidth), an emoji shown as a picture (by itself, with VS16, or as a ZWJ
    /// sequence or flag), takes two columns; a lone mark, format or control character none.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x80 { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        if first.properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11): Hangul Jamo, CJK punctuation, kana and
    /// ideographs, Hangul syllables, compatibility ideographs, fullwidth forms, the planes of rare ideographs.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to `width` columns, ending in "…" when cut.
    public static func fit(_ text: String, _ width: Int) -> String {
        guard of(text) > width else { return text }
        var kept = "", used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        return kept + "…"
    }

    /// `text` followed by spaces up to `width` columns.
    public static func pad(_ text: String, _ width: Int) -> String {
        let columns = of(text)
        return columns >= width ? text : text + String(repeating: " ", count: width - columns)
    }
}
