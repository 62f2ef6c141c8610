/// The part of a found text worth showing: a line or so around the first word that matched,
/// with the matching words marked, so that a list of results reads at a glance.
public struct SearchExcerpt: Sendable, Equatable, Encodable {
    public struct Part: Sendable, Equatable, Encodable {
        public var text: String
        public var isMatch: Bool
    }

    public var parts: [Part]

    /// The excerpt as plain text, marks left out.
    public var text: String { parts.map(\.text).joined() }

    /// Characters shown before the first match, and in all.
    static let lead = 50, width = 160

    public init(of text: String, matching query: SearchQuery) {
        let (window, cutBefore, cutAfter) = SearchExcerpt.window(of: text, matching: query)
        self.init(window: window, matching: query)
        if cutBefore && parts.first?.text != "…" { parts.insert(Part(text: "…", isMatch: false), at: 0) }
        if cutAfter && parts.last?.text != "…" { parts.append(Part(text: "…", isMatch: false)) }
    }

    /// The part of `text` around its first matching word, with room for the excerpt on each
    /// side, and whether text was left out before or after it. One pass over the words up to
    /// the first match, without copying the text: a note of 50 MB is excerpted in linear time
    /// and a window's memory.
    static func window(of text: String, matching query: SearchQuery) -> (Substring, Bool, Bool) {
        let margin = 4 * width
        guard text.utf8.count > 2 * margin else { return (text[...], false, false) }
        // Unicode scalars rather than characters, and the whole folding only for a word whose
        // first letter could begin one of the query's: the walk costs little per word.
        var matchStart: String.Index?
        var wordStart: String.Index?
        var mayMatch = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            let inWord = value < 0x80
                ? (0x61...0x7A).contains(value | 0x20) || (0x30...0x39).contains(value)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
            if inWord, wordStart == nil {
                wordStart = index
                mayMatch = query.mayBegin(with: scalar)
            }
            if !inWord, let start = wordStart {
                if mayMatch, query.matches(text[start..<index]) { matchStart = start; break }
                wordStart = nil
            }
            index = scalars.index(after: index)
        }
        if matchStart == nil, let start = wordStart, mayMatch, query.matches(text[start...]) { matchStart = start }
        let anchor = matchStart ?? text.startIndex
        let lower = text.index(anchor, offsetBy: -margin, limitedBy: text.startIndex) ?? text.startIndex
        let upper = text.index(anchor, offsetBy: 2 * margin, limitedBy: text.endIndex) ?? text.endIndex
        // Cut at a space, so that no word is shown in part.
        let from = lower == text.startIndex ? lower : text[lower...].firstIndex(where: \.isWhitespace) ?? lower
        let to = upper == text.endIndex ? upper : text[..<upper].lastIndex(where: \.isWhitespace) ?? upper
        return (text[from..<max(from, to)], from > text.startIndex, to < text.endIndex)
    }

    init(window text: Substring, matching query: SearchQuery) {
        // The parts of a record (summary, outcome…) stand on separate lines: one line here.
        let letters = Array(text.split(whereSeparator: \.isNewline).joined(separator: " — ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " "))
        let words = SearchExcerpt.wordRanges(in: letters)
        let matched = words.filter { query.matches(Substring(String(letters[$0]))) }
        let firstMatch = matched.first?.lowerBound ?? 0
        var start = max(0, firstMatch - SearchExcerpt.lead)
        if start > 0, let word = words.first(where: { $0.lowerBound >= start }) { start = word.lowerBound }
        var end = min(letters.count, start + SearchExcerpt.width)
        if end < letters.count, let word = words.last(where: { $0.upperBound <= end && $0.lowerBound >= start }) { end = word.upperBound }

        var parts: [Part] = []
        var cursor = start
        for range in matched where range.lowerBound >= start && range.upperBound <= end {
            if cursor < range.lowerBound { parts.append(Part(text: String(letters[cursor..<range.lowerBound]), isMatch: false)) }
            parts.append(Part(text: String(letters[range]), isMatch: true))
            cursor = range.upperBound
        }
        if cursor < end { parts.append(Part(text: String(letters[cursor..<end]), isMatch: false)) }
        if start > 0 { parts.insert(Part(text: "…", isMatch: false), at: 0) }
        if end < letters.count { parts.append(Part(text: "…", isMatch: false)) }
        self.parts = parts
    }

    /// Each run of letters and digits.
    static func wordRanges(in letters: [Character]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var wordStart: Int?
        for (index, letter) in letters.enumerated() {
            let inWord = letter.isLetter || letter.isNumber
            if inWord, wordStart == nil { wordStart = index }
            if !inWord, let start = wordStart { ranges.append(start..<index); wordStart = nil }
        }
        if let start = wordStart { ranges.append(start..<letters.count) }
        return ranges
    }
}
