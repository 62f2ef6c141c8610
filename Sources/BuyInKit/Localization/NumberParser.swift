/// Reads a number the way the reader's language writes it: `1,234.5` in English, `1 234,5` in
/// French (any space, no-break space or thin space groups thousands in both). A separator that
/// could mean either thing is never guessed at: `1,5` in English or `1.234` in French is refused
/// with the expected form, because storing 1.234 for "1,234" would be silently wrong.
public enum NumberParser {
    /// The largest magnitude accepted: every such number shows as typed, with its grouping and
    /// two decimals, and survives the round trip through a double.
    public static let largest = 999_999_999_999_999.0

    public static func parse(_ input: String, language: Language) throws -> Double {
        var text = Substring(input.trimmed)
        if text.hasSuffix("%") { text = text.dropLast() }
        // Spaces group in both languages, as do the underscores a programmer might type.
        var digits = String(text.filter { !$0.isWhitespace && $0 != "_" })
        let (decimal, group): (Character, Character) = language == .fr ? (",", ".") : (".", ",")
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            digits.removeFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            throw BuyInError.invalidNumber(input)
        }
        let pieces = digits.split(separator: decimal, omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { throw BuyInError.ambiguousNumber(input) }
        var whole = Substring(pieces[0])
        let fraction = pieces.count == 2 ? pieces[1] : ""
        if fraction.contains(group) { throw BuyInError.ambiguousNumber(input) }
        if whole.contains(group) {
            let groups = whole.split(separator: group, omittingEmptySubsequences: false)
            if language == .fr {
                // "2.5" in French: a point that cannot group thousands is the decimal point a
                // number pad types. "1.234" could be either, and is refused.
                guard groups.count == 2, pieces.count == 1, groups[1].count != 3, !groups[0].isEmpty || !groups[1].isEmpty else {
                    throw BuyInError.ambiguousNumber(input)
                }
                return try checked(sign + (groups[0].isEmpty ? "0" : groups[0]) + "." + groups[1], input)
            }
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw BuyInError.ambiguousNumber(input)
            }
            whole = Substring(groups.joined())
        }
        guard !whole.isEmpty || !fraction.isEmpty else { throw BuyInError.invalidNumber(input) }
        return try checked(sign + (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction), input)
    }

    private static func checked(_ plain: String, _ input: String) throws -> Double {
        guard let value = Double(plain), value.isFinite else { throw BuyInError.invalidNumber(input) }
        guard abs(value) <= largest else { throw BuyInError.numberOutOfRange(input.trimmed) }
        return value
    }
}

extension NumberParser {
    /// A goal's baseline or target as stored: what is written as a number ("1,5" in French,
    /// "1 800", "-2") is read by the same rule as every other number, so "1,5" in English is
    /// refused as an option's cost is, and kept in one plain form ("1.5", "1800") that every
    /// reader's document groups its own way; words ("top 3", "Q1 level") stay as typed.
    public static func normalizedIfNumber(_ input: String, language: Language) throws -> String {
        let text = input.trimmed
        let numeric = text.contains { $0.isNumber } && text.allSatisfy { character in
            (character.isASCII && (character.isNumber || ",.+-_".contains(character))) || character.isWhitespace
        }
        guard numeric else { return text }
        let value = try parse(text, language: language)
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
