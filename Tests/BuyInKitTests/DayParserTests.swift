@testable import BuyInKit
import Testing

/// Dates as people write them, in both languages, counted from a Tuesday.
@Suite struct DayParserTests {
    static let tuesday = Day(iso: "2026-11-24")!

    static let forms: [(typed: String, language: Language, expected: String)] = [
        ("2026-11-24", .en, "2026-11-24"), ("11/24/2026", .en, "2026-11-24"), ("24/11/2026", .fr, "2026-11-24"),
        ("24/11", .fr, "2026-11-24"), ("Nov 24", .en, "2026-11-24"), ("24 Nov 2026", .en, "2026-11-24"),
        ("November 24, 2026", .en, "2026-11-24"), ("24 novembre 2026", .fr, "2026-11-24"), ("24 nov.", .fr, "2026-11-24"),
        ("1er déc.", .fr, "2026-12-01"), ("le 3 mars", .fr, "2026-03-03"), ("Dec 1st", .en, "2026-12-01"),
        ("today", .en, "2026-11-24"), ("aujourd'hui", .fr, "2026-11-24"), ("yesterday", .en, "2026-11-23"), ("hier", .fr, "2026-11-23"),
        ("tomorrow", .en, "2026-11-25"), ("demain", .fr, "2026-11-25"), ("après-demain", .fr, "2026-11-26"),
        ("avant-hier", .fr, "2026-11-22"), ("the day after tomorrow", .en, "2026-11-26"),
        ("friday", .en, "2026-11-27"), ("vendredi", .fr, "2026-11-27"), ("monday", .en, "2026-11-23"), ("tuesday", .en, "2026-11-24"),
        ("next monday", .en, "2026-11-30"), ("lundi prochain", .fr, "2026-11-30"), ("next tuesday", .en, "2026-12-01"),
        ("last friday", .en, "2026-11-20"), ("vendredi dernier", .fr, "2026-11-20"),
        ("in 2 weeks", .en, "2026-12-08"), ("dans 2 semaines", .fr, "2026-12-08"), ("dans 3 jours", .fr, "2026-11-27"),
        ("in 3 days", .en, "2026-11-27"), ("3 days ago", .en, "2026-11-21"), ("il y a 2 semaines", .fr, "2026-11-10"),
        ("in 6 months", .en, "2027-05-24"), ("dans 6 mois", .fr, "2027-05-24"), ("in 2 quarters", .en, "2027-05-24"),
        ("dans 1 trimestre", .fr, "2027-02-24"), ("in 1 year", .en, "2027-11-24"), ("dans 2 ans", .fr, "2028-11-24"),
        ("3 months ago", .en, "2026-08-24"), ("il y a 1 an", .fr, "2025-11-24"),
        ("end of Q4", .en, "2026-12-31"), ("end of Q2", .en, "2027-06-30"), ("end of Q1 2027", .en, "2027-03-31"),
        ("by the end of q3", .en, "2027-09-30"), ("fin T2", .fr, "2027-06-30"), ("fin du T4", .fr, "2026-12-31"),
        ("fin T1 2028", .fr, "2028-03-31"), ("d'ici la fin du T3", .fr, "2027-09-30"),
    ]

    @Test(arguments: forms.indices)
    func readsWhatPeopleWrite(index: Int) throws {
        let form = Self.forms[index]
        #expect(try DayParser.parse(form.typed, today: Self.tuesday, language: form.language).iso == form.expected, "\(form.typed)")
    }

    /// Numbers follow the reader's order, and anything else is refused rather than guessed.
    @Test(arguments: [("24/11/2026", Language.en), ("11/24/2026", .fr), ("31/02/2026", .fr), ("2026-13-45", .en), ("24", .en),
                      ("32 nov", .en), ("next", .en), ("friday next week", .en), ("nov dec 3", .en), ("in weeks", .en), ("", .fr),
                      ("end of Q5", .en), ("Q2", .en), ("fin T2 T3", .fr), ("in 6 moons", .en)])
    func refusesWhatItWouldHaveToGuess(typed: String, language: Language) {
        #expect(throws: BuyInError.invalidDate(typed)) { try DayParser.parse(typed, today: Self.tuesday, language: language) }
    }

    /// Where the future is meant (a due date, a review, the decision), a date without its year
    /// that has passed is next year's, and a bare weekday the next one; a year written stands.
    @Test(arguments: [("30 juin", Language.fr, "2027-06-30", Optional("2026-06-30")), ("June 30", .en, "2027-06-30", "2026-06-30"),
                      ("30/06", .fr, "2027-06-30", "2026-06-30"), ("11/30", .en, "2026-11-30", "2026-11-30"),
                      ("24 nov", .fr, "2026-11-24", "2026-11-24"), ("30 juin 2026", .fr, "2026-06-30", "2026-06-30"),
                      ("monday", .en, "2026-11-30", "2026-11-23"), ("mardi", .fr, "2026-11-24", "2026-11-24"),
                      ("Feb 29", .en, "2028-02-29", nil)])
    func aheadMeansTheNextOne(typed: String, language: Language, ahead: String, asWritten: String?) throws {
        #expect(try DayParser.parse(typed, today: Self.tuesday, language: language, ahead: true).iso == ahead)
        #expect((try? DayParser.parse(typed, today: Self.tuesday, language: language))?.iso == asWritten)
    }

    @Test func monthsKeepTheDayOrTheMonthsLast() {
        #expect(Day(iso: "2027-01-31")!.adding(months: 1)?.iso == "2027-02-28")
        #expect(Day(iso: "2028-01-31")!.adding(months: 1)?.iso == "2028-02-29")
        #expect(Day(iso: "2026-11-30")!.adding(months: -9)?.iso == "2026-02-28")
        #expect(Day(iso: "2026-12-15")!.adding(months: 1)?.iso == "2027-01-15")
        #expect(Day(iso: "9999-12-01")!.adding(months: 1) == nil)
    }

    @Test func weekdays() {
        #expect(Day(iso: "1970-01-01")!.weekday == 4)
        #expect(Day(iso: "2026-11-23")!.weekday == 1)
        #expect(Day(iso: "2026-11-22")!.weekday == 7)
        #expect(Day(iso: "1969-12-29")!.weekday == 1)
    }

    /// Days are written with their zeros, from the first year a day can have to the last.
    @Test func isoWritesEveryDigit() {
        #expect(Day(year: 1, month: 2, day: 3)!.iso == "0001-02-03")
        #expect(Day(year: 2026, month: 11, day: 24)!.iso == "2026-11-24")
        #expect(Day(year: 9999, month: 12, day: 31)!.iso == "9999-12-31")
        #expect(Day(iso: Day(year: 987, month: 10, day: 9)!.iso) == Day(year: 987, month: 10, day: 9))
    }
}
