/// Letters written as one glyph that stand for two (« cœur », "Æsir", "straße"): Unicode's
/// folding of case and accents leaves them alone, so search and short names spell them out.
public enum Ligatures {
    public static let spellings: KeyValuePairs<Character, String> = [
        "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ﬁ": "fi", "ﬂ": "fl", "ß": "ss",
    ]

    public static func spellOut(_ text: String) -> String {
        guard text.contains(where: { spelling(of: $0) != nil }) else { return text }
        return text.map { spelling(of: $0) ?? String($0) }.joined()
    }

    static func spelling(of letter: Character) -> String? {
        spellings.first { $0.key == letter }?.value
    }
}
