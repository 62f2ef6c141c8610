import BuyInTestSupport
import Foundation
import Testing

/// `buyin win digest`: the last days' wins, 1:1s and support, warm and shareable, in both
/// languages; never a private note or quote.
@Suite struct WinsDigestTests {
    static let note = "PRIVATE-DIGEST-NOTE", quote = "PRIVATE-DIGEST-QUOTE"

    static func campaign(language: String) -> Buyin {
        let buyin = Buyin(language: language)  // today: 2026-11-22
        buyin.run(["start", "Social selling", "--why", "x", "--decide-by", "2026-12-03"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--influence", "5", "--stance", "skeptic"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi", "--influence", "2", "--stance", "supporter"], expect: 0)
        buyin.run(["stakeholder", "add", "Hélène Marchand", "--influence", "5", "--stance", "neutral"], expect: 0)
        buyin.run(["meeting", "log", "Marco", "--date", "2026-11-02"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-18", "--after", "supporter", "--note", note, "--quote", quote,
                   "--shared-quote", "Show me the pipeline"], expect: 0)
        buyin.run(["win", "add", "Kick-off booked", "--date", "2026-11-01"], expect: 0)
        buyin.run(["win", "add", "CFO agreed to a pilot", "--with", "Margaret", "--date", "2026-11-20"], expect: 0)
        return buyin
    }

    @Test(arguments: ["en", "fr"])
    func theLastWeekInAMessageToPaste(language: String) throws {
        let fr = language == "fr"
        let buyin = Self.campaign(language: language)
        let digest = buyin.run(["win", "digest"], expect: 0).out
        #expect(digest.contains(fr ? "depuis le 16\u{00A0}novembre" : "since November 16, 2026"), "the last 7 days, today included: \(digest)")
        #expect(digest.contains("CFO agreed to a pilot") && !digest.contains("Kick-off booked"), "only the last 7 days: \(digest)")
        #expect(digest.contains(fr ? "Merci à Margaret Lindqvist pour son aide." : "Thank you, Margaret Lindqvist, for your help."), "\(digest)")
        #expect(digest.contains(fr ? "Entretiens individuels menés\u{00A0}: 1, avec Margaret Lindqvist." : "1:1s held: 1, with Margaret Lindqvist."), "\(digest)")
        // Marco (2 of 12) supported before; Margaret (5) joined: 17 % then 58 %.
        #expect(digest.contains(fr ? "de 17\u{202F}% à 58\u{202F}%" : "from 17% to 58%"), "\(digest)")
        #expect(digest.contains(fr ? "la décision, le 3\u{00A0}décembre" : "the decision, on December 3, 2026"), "\(digest)")
        #expect(!digest.contains(Self.note) && !digest.contains(Self.quote))

        let quiet = buyin.run(["win", "digest", "--since", "2026-11-21"], expect: 0).out
        #expect(quiet.contains(fr ? "Pas de nouvelle avancée" : "No new win this time"), "\(quiet)")
        #expect(quiet.contains(fr ? "Entretiens individuels menés\u{00A0}: 0." : "1:1s held: 0."), "\(quiet)")
        #expect(quiet.contains(fr ? "se maintient à 58" : "holds at 58"), "\(quiet)")
    }

    @Test func theJSONHoldsTheSameAndNothingPrivate() throws {
        let buyin = Self.campaign(language: "en")
        let result = buyin.run(["win", "digest", "--since", "2026-11-01", "--json"], expect: 0)
        #expect(!result.out.contains(Self.note) && !result.out.contains(Self.quote))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect((json["wins"] as? [[String: Any]])?.count == 2)
        #expect(json["meetings"] as? Int == 2 && json["supportBefore"] as? Int == 17 && json["supportNow"] as? Int == 58, "\(json)")
        #expect(json["helpers"] as? [String] == ["Margaret Lindqvist"])
        #expect((json["nextMilestone"] as? [String: Any])?["kind"] as? String == "decision")
        let refused = buyin.run(["win", "digest", "--since", "someday"])
        #expect(refused.code == 65 && refused.errLines.count == 1, "\(refused.err)")
    }
}
