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
    ]

    @Test(arguments: forms.indices)
    func readsWhatPeopleWrite(index: Int) throws {
        let form = Self.forms[index]
        #expect(try DayParser.parse(form.typed, today: Self.tuesday, language: form.language).iso == form.expected, "\(form.typed)")
    }

    /// Numbers follow the reader's order, and anything else is refused rather than guessed.
    @Test(arguments: [("24/11/2026", Language.en), ("11/24/2026", .fr), ("31/02/2026", .fr), ("2026-13-45", .en), ("24", .en),
                      ("32 nov", .en), ("next", .en), ("friday next week", .en), ("nov dec 3", .en), ("in weeks", .en), ("", .fr)])
    func refusesWhatItWouldHaveToGuess(typed: String, language: Language) {
        #expect(throws: BuyInError.invalidDate(typed)) { try DayParser.parse(typed, today: Self.tuesday, language: language) }
    }

    @Test func weekdays() {
        #expect(Day(iso: "1970-01-01")!.weekday == 4)
        #expect(Day(iso: "2026-11-23")!.weekday == 1)
        #expect(Day(iso: "2026-11-22")!.weekday == 7)
        #expect(Day(iso: "1969-12-29")!.weekday == 1)
    }
}
