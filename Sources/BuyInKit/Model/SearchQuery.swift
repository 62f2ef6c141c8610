/// What a person typed into `buyin search`, as the words to look for.
///
/// Every word must appear, each as a word or the start of one ("budg" finds "budget"). Case,
/// accents and ligatures do not count: the index's tokenizer folds case and accents on both
/// sides, and the query asks for each word with and without its ligatures. A typed word made of
/// several (`P&L`, `go-to-market`) is a phrase: its parts one after the other, not anywhere.
public struct SearchQuery: Sendable, Equatable {
    public let words: [String]
    /// The typed words, each as its parts (`P&L` → ["P", "L"]).
    public let phrases: [[String]]
    /// The words as `matches` compares them.
    let foldedWords: [String]
    /// The first bytes of the folded words, when all are ASCII: a cheap test before folding a word.
    let asciiInitials: Set<UInt8>?

    public init(_ text: String) throws {
        let isPart = { (character: Character) in character.isLetter || character.isNumber }
        phrases = text.split(whereSeparator: \.isWhitespace)
            .map { typed in typed.split { !isPart($0) }.map { Ligatures.spellOut(String($0)) } }
            .filter { !$0.isEmpty }
        let words = phrases.flatMap { $0 }
        guard !words.isEmpty else { throw BuyInError.emptyText(field: "search") }
        self.words = words
        foldedWords = words.map(Vocabulary.fold)
        let initials = foldedWords.map { $0.utf8.first ?? 0 }
        asciiInitials = initials.allSatisfy { $0 > 0 && $0 < 0x80 } ? Set(initials) : nil
    }

    /// The FTS5 expression: each word quoted (so that no typed word is read as an operator)
    /// and marked as a prefix, in each spelling a ligature allows ("coeur" or « cœur »): the
    /// index holds the text as written.
    public var matchExpression: String {
        phrases.map { parts in
            // An FTS5 phrase: the parts as consecutive tokens, the last one as a prefix.
            let phrase = parts.joined(separator: " ")
            let spellings = [phrase] + SearchQuery.ligatureSpellings(of: phrase)
            return "(" + spellings.map { "\"\($0)\"*" }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// The word with its "oe", "ae" or "ss" written as the ligature, each on its own.
    static func ligatureSpellings(of word: String) -> [String] {
        let lowered = word.lowercased()
        return Ligatures.spellings.compactMap { pair -> String? in
            guard pair.key.isLowercase, lowered.contains(pair.value) else { return nil }
            return lowered.replacingEvery(pair.value, with: String(pair.key))
        }
    }

    /// Whether a word beginning with `scalar` could be one the query asked for: false only for an
    /// ASCII letter or digit that no folded word begins with (folding keeps ASCII as it is, but for case).
    func mayBegin(with scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII, let initials = asciiInitials else { return true }
        let byte = UInt8(scalar.value)
        return initials.contains((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
    }

    /// Whether a word of a found text is one the query asked for, folded as the index folds it.
    func matches(_ word: Substring) -> Bool {
        let folded = Vocabulary.fold(Ligatures.spellOut(String(word)))
        return foldedWords.contains { folded.hasPrefix($0) }
    }
}
