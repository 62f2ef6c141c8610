/// What a person typed into `buyin search`, as the words to look for.
///
/// Every word must appear, each as a word or the start of one ("budg" finds "budget"). Case,
/// accents and ligatures do not count: the index's tokenizer folds case and accents on both
/// sides, and ligatures are spelled out here as they are in the index.
public struct SearchQuery: Sendable, Equatable {
    public let words: [String]
    /// The words as `matches` compares them.
    let foldedWords: [String]

    public init(_ text: String) throws {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map { Ligatures.spellOut(String($0)) }
        guard !words.isEmpty else { throw BuyInError.emptyText(field: "search") }
        self.words = words
        foldedWords = words.map(Vocabulary.fold)
    }

    /// The FTS5 expression: each word quoted (so that no typed word is read as an operator)
    /// and marked as a prefix.
    public var matchExpression: String {
        words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// Whether a word of a found text is one the query asked for, folded as the index folds it.
    func matches(_ word: Substring) -> Bool {
        let folded = Vocabulary.fold(Ligatures.spellOut(String(word)))
        return foldedWords.contains { folded.hasPrefix($0) }
    }
}
