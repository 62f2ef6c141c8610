/// Reads the dates a person types: ISO `2026-11-22`, or the everyday words of either language.
public enum DayParser {
    public static func parse(_ input: String, today: Day) throws -> Day {
        let text = input.trimmed
        if let day = Day(iso: text) { return day }
        let folded = Vocabulary.fold(text)
        for (key, offset) in [("day.today", 0), ("day.yesterday", -1), ("day.tomorrow", 1)] {
            for table in Vocabulary.tables {
                let words = table.text("\(key).words").split(separator: ",").map { Vocabulary.fold(String($0)) }
                if words.contains(folded) {
                    guard let day = today.adding(days: offset) else { throw BuyInError.invalidDate(input) }
                    return day
                }
            }
        }
        throw BuyInError.invalidDate(input)
    }

    /// Parses when given, else nil.
    public static func parse(optional input: String?, today: Day) throws -> Day? {
        guard let input else { return nil }
        return try parse(input, today: today)
    }
}
