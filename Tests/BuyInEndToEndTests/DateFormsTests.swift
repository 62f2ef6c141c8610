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
        let dues = (try buyin.json(["followups"]) as! [[String: Any]]).compactMap { $0["due"] as? String }
        #expect(Set(dues) == Set(Self.forms[language]!.map(\.expected)))
        let refused = buyin.run(["meeting", "log", "Margaret", "--date", language == "fr" ? "11/24/2026" : "24/11/2026"], expect: 65)
        #expect(refused.errLines.count == 1)
    }
}
