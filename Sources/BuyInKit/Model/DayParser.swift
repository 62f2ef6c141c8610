/// Reads the dates a person types, in either language: ISO `2026-11-22`; numbers in the
/// reader's order (`11/22/2026` in English, `22/11/2026` in French); a month by name
/// (`Nov 22`, `22 novembre 2026`, `1er déc.`); and words (`today`, `après-demain`, `friday`,
/// `next monday`, `vendredi dernier`, `in 2 weeks`, `dans 6 mois`, `il y a 3 jours`), and the end
/// of a quarter (`end of Q2`, `fin T2`). A date without a year is in today's year. A bare weekday
/// is the nearest one, three days either way at most.
///
/// Where the future is meant (a deadline, a review, a due date: `ahead`), a date written without
/// its year that has passed this year is next year's, and a bare weekday is the next one: nobody
/// sets a review on "30 June" meaning the one gone by.
public enum DayParser {
    public static func parse(_ input: String, today: Day, language: Language, ahead: Bool = false) throws -> Day {
        let text = input.trimmed
        if let day = Day(iso: text) { return day }
        let words = Vocabulary.fold(text.map { ".,".contains($0) ? " " : $0 }.reduce(into: "") { $0.append($1) })
        guard !words.isEmpty, let day = numeric(text, today: today, language: language, ahead: ahead)
                ?? relative(words, today: today, ahead: ahead) ?? quarterEnd(words, today: today)
                ?? named(words, today: today, ahead: ahead) else {
            throw BuyInError.invalidDate(input)
        }
        return day
    }

    /// Parses when given, else nil.
    public static func parse(optional input: String?, today: Day, language: Language, ahead: Bool = false) throws -> Day? {
        guard let input else { return nil }
        return try parse(input, today: today, language: language, ahead: ahead)
    }

    /// This year's day, or next year's when the future is meant and this year's has passed.
    static func inYear(_ year: Int?, month: Int, day: Int, today: Day, ahead: Bool) -> Day? {
        guard let found = Day(year: year ?? today.year, month: month, day: day) else {
            // 29 February without a year, asked ahead in a year that has none: the next leap year's.
            return year == nil && ahead ? nextLeapDay(after: today) : nil
        }
        guard year == nil, ahead, found < today else { return found }
        return Day(year: today.year + 1, month: month, day: day) ?? nextLeapDay(after: today)
    }

    static func nextLeapDay(after today: Day) -> Day? {
        (today.year...today.year + 8).lazy.compactMap { Day(year: $0, month: 2, day: 29) }.first { !($0 < today) }
    }

    /// `22/11/2026`, `22/11` (French: the day first), `11/22/2026` (English: the month first).
    static func numeric(_ text: String, today: Day, language: Language, ahead: Bool = false) -> Day? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let (first, second) = (parts[0]!, parts[1]!)
        let year = parts.count == 3 ? parts[2]! : nil
        if let year, year < 1000 { return nil }
        let (month, day) = language == .fr ? (second, first) : (first, second)
        return inYear(year, month: month, day: day, today: today, ahead: ahead)
    }

    /// Words that count from today: `today`, `après-demain`, `friday`, `next monday`,
    /// `vendredi dernier`, `in 2 weeks`, `dans 3 jours`, `3 days ago`, `il y a 2 semaines`,
    /// `in 6 months`, `dans 2 trimestres`, `in a year`… counted in calendar months.
    static func relative(_ words: String, today: Day, ahead: Bool = false) -> Day? {
        for (key, offset) in [("day.today", 0), ("day.yesterday", -1), ("day.tomorrow", 1),
                              ("day.dayAfterTomorrow", 2), ("day.dayBeforeYesterday", -2)] where matches(words, key) {
            return today.adding(days: offset)
        }
        var tokens = words.split(separator: " ").map(String.init)
        // In / ago: a count of days, weeks, months, quarters or years.
        if let count = tokens.compactMap({ Int($0) }).first, tokens.count >= 3 {
            guard let unit = tokens.first(where: { Self.unit($0) != nil }).flatMap(Self.unit), count <= 5_000 else { return nil }
            let rest = tokens.filter { Int($0) == nil && Self.unit($0) == nil }.joined(separator: " ")
            let sign = matches(rest, "day.in") ? 1 : matches(rest, "day.ago") ? -1 : 0
            guard sign != 0 else { return nil }
            return unit.months > 0 ? today.adding(months: sign * count * unit.months) : today.adding(days: sign * count * unit.days)
        }
        // A weekday, alone or with next / last.
        guard let weekday = tokens.firstIndex(where: { self.weekday($0) != nil }) else { return nil }
        let target = self.weekday(tokens.remove(at: weekday))!
        let forward = (target - today.weekday + 7) % 7
        switch tokens.joined(separator: " ") {
        case "": return today.adding(days: forward <= 3 || ahead ? forward : forward - 7)
        case let word where matches(word, "day.next"): return today.adding(days: forward == 0 ? 7 : forward)
        case let word where matches(word, "day.last"): return today.adding(days: forward == 0 ? -7 : forward - 7)
        default: return nil
        }
    }

    /// A unit of time to count in: days (a week is 7) or calendar months (a quarter is 3).
    static func unit(_ token: String) -> (days: Int, months: Int)? {
        for (key, days, months) in [("day.unit.day", 1, 0), ("day.unit.week", 7, 0), ("day.unit.month", 0, 1),
                                    ("day.unit.quarter", 0, 3), ("day.unit.year", 0, 12)] where matches(token, key) {
            return (days, months)
        }
        return nil
    }

    /// The last day of a quarter: `end of Q2`, `end of Q2 2027`, `fin T2`, `fin du T4 2026`.
    /// Without a year, the quarter that ends next: this year's, or next year's once it has passed.
    static func quarterEnd(_ words: String, today: Day) -> Day? {
        var quarter: Int?, year: Int?, rest: [String] = []
        for token in words.split(separator: " ").map(String.init) {
            if token.count == 2, matches(String(token.prefix(1)), "day.quarterLetter"), let number = Int(token.dropFirst()), (1...4).contains(number) {
                guard quarter == nil else { return nil }
                quarter = number
            } else if let number = Int(token), number >= 1000, year == nil {
                year = number
            } else {
                rest.append(token)
            }
        }
        guard let quarter, matches(rest.joined(separator: " "), "day.endOf") else { return nil }
        let month = quarter * 3
        let end = { (year: Int) in Day(year: year, month: month, day: Day.length(ofMonth: month, year: year)) }
        if let year { return end(year) }
        guard let this = end(today.year) else { return nil }
        return this < today ? end(today.year + 1) : this
    }

    /// A month by its name with a day and maybe a year, in any order: `Nov 22`, `22 Nov 2026`,
    /// `November 22, 2026`, `22 novembre 2026`, `1er déc.`, `le 3 mars`.
    static func named(_ words: String, today: Day, ahead: Bool = false) -> Day? {
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
        return inYear(year, month: month, day: day, today: today, ahead: ahead)
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
