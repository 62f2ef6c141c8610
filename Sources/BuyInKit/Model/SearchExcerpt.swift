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
