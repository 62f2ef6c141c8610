import BuyInTestSupport
import Foundation
import Testing

/// Every command that takes a date reads it as people write it, in their language; what it
/// cannot read is one line and exit 65. The harness's today is Sunday 22 November 2026.
@Suite struct DateFormsTests {
    static let forms: [String: [(typed: String, expected: String)]] = [
        "en": [("11/24/2026", "2026-11-24"), ("Nov 24", "2026-11-24"), ("24 Nov 2026", "2026-11-24"), ("yesterday", "2026-11-21"),
               ("friday", "2026-11-20"), ("last friday", "2026-11-20"), ("next monday", "2026-11-23"), ("in 2 weeks", "2026-12-06"),
               ("3 days ago", "2026-11-19")],
        "fr": [("24/11/2026", "2026-11-24"), ("24 novembre 2026", "2026-11-24"), ("24 nov.", "2026-11-24"), ("hier", "2026-11-21"),
               ("après-demain", "2026-11-24"), ("vendredi", "2026-11-20"), ("lundi prochain", "2026-11-23"),
               ("dans 3 jours", "2026-11-25"), ("il y a 2 semaines", "2026-11-08")],
    ]

    @Test(arguments: ["en", "fr"])
    func meetingsAndDueDatesTakeEveryForm(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        for form in Self.forms[language]! {
            buyin.run(["meeting", "log", "Margaret", "--date", form.typed, "--summary", form.typed, "--next", "Call", "--due", form.typed], expect: 0)
        }
        let meetings = try buyin.json(["meeting", "list"]) as! [[String: Any]]
        let days = Dictionary(uniqueKeysWithValues: meetings.map { ($0["summary"] as! String, $0["day"] as! String) })
        for form in Self.forms[language]! { #expect(days[form.typed] == form.expected, "\(form.typed)") }
        // A due date is in the future: a bare "friday" is the coming one, not the nearest.
        let dues = (try buyin.json(["followups"]) as! [[String: Any]]).compactMap { $0["due"] as? String }
        let comingFriday = "2026-11-27"
        #expect(Set(dues) == Set(Self.forms[language]!.map { ["friday", "vendredi"].contains($0.typed) ? comingFriday : $0.expected }))
        let refused = buyin.run(["meeting", "log", "Margaret", "--date", language == "fr" ? "11/24/2026" : "24/11/2026"], expect: 65)
        #expect(refused.errLines.count == 1)
    }

    /// A review, a decision or a due date written without its year means the next one: "30 June"
    /// typed in November is next June; a year written stands.
    @Test(arguments: [("en", "June 30", "end of Q2", "in 6 months"), ("fr", "30 juin", "fin T2", "dans 6 mois")])
    func theFutureIsMeantWhereADateIsADeadline(language: String, yearless: String, quarterEnd: String, inMonths: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["goal", "add", "Pipeline", "--review-on", yearless], expect: 0)
        buyin.run(["goal", "add", "Leads", "--review-on", quarterEnd], expect: 0)
        buyin.run(["goal", "add", "Reach", "--review-on", inMonths], expect: 0)
        let reviews = (try buyin.json(["goal", "list"]) as! [[String: Any]]).map { $0["reviewOn"] as? String }
        #expect(reviews == ["2027-06-30", "2027-06-30", "2027-05-22"])
        buyin.run(["why", "--decide-by", yearless], expect: 0)
        #expect(try (buyin.json(["why"]) as! [String: Any])["decideBy"] as? String == "2027-06-30")
        buyin.run(["why", "--decide-by", "2026-06-30"], expect: 0)
        #expect(try (buyin.json(["why"]) as! [String: Any])["decideBy"] as? String == "2026-06-30")
    }
}
