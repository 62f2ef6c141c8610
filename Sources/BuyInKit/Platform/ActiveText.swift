/// Characters that act instead of being shown. ESC opens every terminal sequence (clearing the
/// screen, OSC 8 links, OSC 52 writes to the clipboard), BEL closes some of them; the other C0
/// and C1 controls and DEL move the cursor or are read as commands; the line and paragraph
/// separators break a line where none is seen; the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) make a line read other than it is written. On a team store any
/// member can type them into text everyone reads, so every output passes through here: the
/// terminal shows them as `\u{1B}`, documents drop them, JSON escapes them.
public enum ActiveText {
    public static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x2028...0x2029).contains(scalar.value) || isBidiControl(scalar)
    }

    /// The embeddings, overrides and isolates, and the marks that reorder what surrounds them
    /// (LRM, RLM, the Arabic letter mark).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }

    /// Whether UTF-8 text may hold one: a byte below 0x20 or 0x7F, C1 as 0xC2 0x80–0x9F,
    /// U+2028–U+202E as 0xE2 0x80 0xA8–0xAE, U+2066–U+2069 as 0xE2 0x81 0xA6–0xA9, LRM and RLM as
    /// 0xE2 0x80 0x8E–0x8F, the Arabic letter mark as 0xD8 0x9C. A byte scan,
    /// because nearly every text has none and must not be walked scalar by scalar.
    public static func mayHold(_ utf8: UnsafeBufferPointer<UInt8>, allowingLayout: Bool = false) -> Bool {
        let count = utf8.count
        var index = 0
        while index < count {
            // Eight bytes at a time while they are all printable ASCII, as nearly every byte of
            // every text is (perf, callgrind: a byte at a time was 2.9 M instructions of a
            // 1,000-meeting pre-read, whose whole text passes through here).
            if index + 8 <= count, PrintableASCII.holdsOnly(PrintableASCII.word(utf8, at: index)) {
                index += 8
                continue
            }
            let byte = utf8[index]
            if byte &- 0x20 < 0x5F {
                index += 1
                continue
            }
            if byte < 0x20 || byte == 0x7F {
                if !(allowingLayout && (byte == 0x0A || byte == 0x09)) { return true }
            } else if byte == 0xC2 {
                if index + 1 < count && (0x80...0x9F).contains(utf8[index + 1]) { return true }
            } else if byte == 0xD8 {
                if index + 1 < count && utf8[index + 1] == 0x9C { return true }
            } else if byte == 0xE2 && index + 2 < count {
                let (second, third) = (utf8[index + 1], utf8[index + 2])
                if second == 0x80 && ((0xA8...0xAE).contains(third) || third == 0x8E || third == 0x8F)
                    || second == 0x81 && (0xA6...0xA9).contains(third) { return true }
            }
            index += 1
        }
        return false
    }

    static func mayHold(_ text: String, allowingLayout: Bool) -> Bool {
        var copy = text
        return copy.withUTF8 { mayHold($0, allowingLayout: allowingLayout) }
    }

    /// A document's text (Markdown, HTML, a user's template): line breaks and tabs kept, every
    /// other active character dropped. Untouched, and not copied, when it has none.
    public static func droppedFromDocument(_ text: String) -> String {
        guard mayHold(text, allowingLayout: true) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { $0 == "\n" || $0 == "\t" || !isActive($0) })
        return String(kept)
    }

    /// The same for a document's UTF-8 bytes (a rendered pre-read), returned as they are when
    /// they hold none, as nearly always.
    public static func droppedFromDocument(_ utf8: [UInt8]) -> [UInt8] {
        guard utf8.withUnsafeBufferPointer({ mayHold($0, allowingLayout: true) }) else { return utf8 }
        return Array(droppedFromDocument(String(decoding: utf8, as: UTF8.self)).utf8)
    }

    /// Text for a terminal: line breaks (LF or CR LF) and tabs kept, every
    /// other active character shown as `\u{1B}` instead of acting. `styles` are the exact
    /// sequences buyin itself writes for bold, dim and colour, which pass: at worst a planted one
    /// changes how the following words look, never what the terminal does.
    public static func shownOnTerminal(_ text: String, keeping styles: [String] = []) -> String {
        guard mayHold(text, allowingLayout: true) else { return text }
        var shown = ""
        shown.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        var index = 0
        scalarLoop: while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" {
                for style in styles where matches(style, in: scalars, at: index) {
                    shown += style
                    index += style.unicodeScalars.count
                    continue scalarLoop
                }
            }
            // A line end in CR LF (a calendar, a note pasted from Windows) ends the line as LF does;
            // a lone CR would send the cursor back to write over what the line said.
            let endsLine = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if scalar == "\n" || scalar == "\t" || endsLine || !isActive(scalar) {
                shown.unicodeScalars.append(scalar)
            } else {
                shown += visible(scalar)
            }
            index += 1
        }
        return shown
    }

    /// JSON text with the active characters a JSON encoder leaves as they are (DEL, C1, the
    /// separators and bidi controls) written as `\u` escapes: a program reads the same string,
    /// a terminal that shows the JSON obeys nothing. They can only stand inside strings.
    public static func escapedInJSON(_ json: String) -> String {
        guard mayHold(json, allowingLayout: true) else { return json }
        var escaped = ""
        escaped.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if scalar != "\n" && scalar != "\t" && isActive(scalar) {
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `\u{1B}`: how a person sees a character that would otherwise act.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    private static func matches(_ style: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        for wanted in style.unicodeScalars {
            guard position < scalars.count, scalars[position] == wanted else { return false }
            position += 1
        }
        return true
    }
}
