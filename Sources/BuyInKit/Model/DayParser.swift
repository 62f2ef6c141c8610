/// Reads the dates a person types, in either language: ISO `2026-11-22`; numbers in the
/// reader's order (`11/22/2026` in English, `22/11/2026` in French); a month by name
/// (`Nov 22`, `22 novembre 2026`, `1er déc.`); and words (`today`, `après-demain`, `friday`,
/// `next monday`, `vendredi dernier`, `in 2 weeks`, `il y a 3 jours`). A date without a year is
/// in today's year. A bare weekday is the nearest one, three days either way at most.
public enum DayParser {
    public static func parse(_ input: String, today: Day, language: Language) throws -> Day {
        let text = input.trimmed
        if let day = Day(iso: text) { return day }
        let words = Vocabulary.fold(text.map { ".,".contains($0) ? " " : $0 }.reduce(into: "") { $0.append($1) })
        guard !words.isEmpty, let day = numeric(text, today: today, language: language)
                ?? relative(words, today: today) ?? named(words, today: today) else {
            throw BuyInError.invalidDate(input)
        }
        return day
    }

    /// Parses when given, else nil.
    public static func parse(optional input: String?, today: Day, language: Language) throws -> Day? {
        guard let input else { return nil }
        return try parse(input, today: today, language: language)
    }

    /// `22/11/2026`, `22/11` (French: the day first), `11/22/2026` (English: the month first).
    static func numeric(_ text: String, today: Day, language: Language) -> Day? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let (first, second) = (parts[0]!, parts[1]!)
        let year = parts.count == 3 ? parts[2]! : today.year
        guard year >= 1000 else { return nil }
        return language == .fr ? Day(year: year, month: second, day: first) : Day(year: year, month: first, day: second)
    }

    /// Words that count from today: `today`, `après-demain`, `friday`, `next monday`,
    /// `vendredi dernier`, `in 2 weeks`, `dans 3 jours`, `3 days ago`, `il y a 2 semaines`.
    static func relative(_ words: String, today: Day) -> Day? {
        for (key, offset) in [("day.today", 0), ("day.yesterday", -1), ("day.tomorrow", 1),
                              ("day.dayAfterTomorrow", 2), ("day.dayBeforeYesterday", -2)] where matches(words, key) {
            return today.adding(days: offset)
        }
        var tokens = words.split(separator: " ").map(String.init)
        // In / ago: a count of days or weeks.
        if let count = tokens.compactMap({ Int($0) }).first, tokens.count >= 3 {
            let unit = tokens.first { matches($0, "day.unit.day") || matches($0, "day.unit.week") }
            guard let unit, count <= 5_000 else { return nil }
            let days = count * (matches(unit, "day.unit.week") ? 7 : 1)
            let rest = tokens.filter { Int($0) == nil && $0 != unit }.joined(separator: " ")
            if matches(rest, "day.in") { return today.adding(days: days) }
            if matches(rest, "day.ago") { return today.adding(days: -days) }
            return nil
        }
        // A weekday, alone or with next / last.
        guard let weekday = tokens.firstIndex(where: { self.weekday($0) != nil }) else { return nil }
        let target = self.weekday(tokens.remove(at: weekday))!
        let forward = (target - today.weekday + 7) % 7
        switch tokens.joined(separator: " ") {
        case "": return today.adding(days: forward <= 3 ? forward : forward - 7)
        case let word where matches(word, "day.next"): return today.adding(days: forward == 0 ? 7 : forward)
        case let word where matches(word, "day.last"): return today.adding(days: forward == 0 ? -7 : forward - 7)
        default: return nil
        }
    }

    /// A month by its name with a day and maybe a year, in any order: `Nov 22`, `22 Nov 2026`,
    /// `November 22, 2026`, `22 novembre 2026`, `1er déc.`, `le 3 mars`.
    static func named(_ words: String, today: Day) -> Day? {
        var month: Int?, day: Int?, year: Int?
        for token in words.split(separator: " ").map(String.init) {
            if let found = self.month(token) {
                guard month == nil else { return nil }
                month = found
            } else if let number = Int(ordinalStripped(token)) {
                if number >= 1000 && year == nil { year = number } else if day == nil && number <= 31 { day = number } else { return nil }
            } else if !matches(token, "day.filler") {
                return nil
            }
        }
        guard let month, let day else { return nil }
        return Day(year: year ?? today.year, month: month, day: day)
    }

    /// `1er`, `2e`, `1st`, `22nd`, `3rd`, `24th` read as their number.
    static func ordinalStripped(_ token: String) -> String {
        for suffix in ["er", "e", "st", "nd", "rd", "th"] where token.hasSuffix(suffix) && token.dropLast(suffix.count).allSatisfy(\.isNumber) {
            return String(token.dropLast(suffix.count))
        }
        return token
    }

    static func month(_ token: String) -> Int? {
        (1...12).first { month in
            Vocabulary.tables.contains { table in
                Vocabulary.fold(table.text("month.\(month)")) == token || Vocabulary.words(table, "month.\(month)").contains(token)
            }
        }
    }

    /// Monday is 1, Sunday 7.
    static func weekday(_ token: String) -> Int? {
        (1...7).first { matches(token, "weekday.\($0)") }
    }

    static func matches(_ text: String, _ key: String) -> Bool { Vocabulary.matches(text, key) }
}
