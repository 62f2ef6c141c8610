import BuyInTestSupport
import Foundation
import Testing

/// A stance heard outside a 1:1 (a hallway conversation) is a dated step of the person's history:
/// `stakeholder edit --stance` notes where they stand now, and `--initial-stance` says where
/// they started. The map never shows a move that did not happen.
@Suite struct StanceChangeTests {
    static func campaign(_ language: String) -> Buyin {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "x"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--stance", "skeptic", "--target", "supporter"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-02", "--after", "neutral", "--summary", "Pilot numbers"], expect: 0)
        return buyin
    }

    static func margaret(_ buyin: Buyin) throws -> [String: Any] {
        try #require((try buyin.json(["stakeholder", "list"]) as? [[String: Any]])?.first)
    }

    @Test(arguments: ["en", "fr"])
    func aHallwayConversationIsADatedStepOfTheirHistory(language: String) throws {
        let fr = language == "fr"
        let buyin = Self.campaign(language)
        let noted = buyin.run(["stakeholder", "edit", "Margaret", "--stance", fr ? "favorable" : "supporter", "--date", "2026-11-15"], expect: 0)
        #expect(noted.out.contains(fr ? "Margaret Lindqvist est favorable depuis le 15\u{00A0}novembre 2026 (avant\u{00A0}: neutre)"
                                      : "Margaret Lindqvist is supporter since November 15, 2026 (before: neutral)"), "\(noted.out)")
        var person = try Self.margaret(buyin)
        #expect(person["currentStance"] as? String == "supporter")
        #expect(person["firstStance"] as? String == "skeptic", "where she started is unchanged")

        let story = buyin.run(["stakeholder", "show", "Margaret"], expect: 0).out
        #expect(story.contains(fr ? "Position notée hors entretien individuel\u{00A0}: favorable" : "Stance noted outside a 1:1: supporter"), "\(story)")
        #expect(buyin.run(["meeting", "list", "--json"], expect: 0).out.components(separatedBy: "\"id\"").count == 2, "not a meeting")

        let again = buyin.run(["stakeholder", "edit", "Margaret", "--stance", "supporter"], expect: 0).out
        #expect(again.contains(fr ? "déjà favorable" : "already supporter"), "\(again)")
        #expect(buyin.run(["stakeholder", "show", "Margaret"], expect: 0).out == story, "nothing noted twice")

        buyin.run(["stakeholder", "edit", "Margaret", "--initial-stance", "blocker"], expect: 0)
        person = try Self.margaret(buyin)
        #expect(person["firstStance"] as? String == "blocker" && person["currentStance"] as? String == "supporter")

        let prep = buyin.run(["prep", "Margaret"], expect: 0).out
        #expect(prep.contains(fr ? "hostile → neutre → favorable" : "blocker → neutral → supporter"), "\(prep)")
        let status = try #require(try buyin.json(["status"]) as? [String: Any])
        #expect(status["movedUp"] as? Int == 1 && status["supportive"] as? Int == 1, "\(status)")

        let refused = buyin.run(["stakeholder", "edit", "Margaret", "--date", "2026-11-20"], expect: 64)
        #expect(refused.errLines.count == 1 && refused.err.contains("--stance"), "\(refused.err)")
    }

    /// A later 1:1 is the later word; an export carries the noted stances to another store.
    @Test func aLaterMeetingStandsAndTheHistoryMoves() throws {
        let buyin = Self.campaign("en")
        buyin.run(["stakeholder", "edit", "Margaret", "--stance", "champion", "--date", "2026-11-10"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-18", "--after", "skeptic"], expect: 0)
        #expect(try Self.margaret(buyin)["currentStance"] as? String == "skeptic")
        // Logging a meeting starts from where she stands, the noted stance included.
        let meetings = try #require(try buyin.json(["meeting", "list"]) as? [[String: Any]])
        #expect(meetings.last?["stanceBefore"] as? String == "champion", "\(meetings)")

        let file = buyin.folder.appendingPathComponent("record.json").path
        buyin.run(["export", file], expect: 0)
        let exported = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        #expect(exported.contains("\"stanceChanges\"") && exported.contains("\"champion\""))
        let copy = Buyin()
        copy.run(["import", file], expect: 0)
        #expect(copy.run(["stakeholder", "show", "Margaret"], expect: 0).out == buyin.run(["stakeholder", "show", "Margaret"], expect: 0).out)
        #expect(copy.run(["prep", "Margaret"], expect: 0).out == buyin.run(["prep", "Margaret"], expect: 0).out)
    }
}
