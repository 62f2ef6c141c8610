import BuyInTestSupport
import Foundation
import Testing

/// Campaigns that can be put right: renamed, deleted when they were a mistake, and a duplicate
/// title pointed out when it happens.
@Suite struct CampaignUpkeepTests {
    @Test(arguments: ["en", "fr"])
    func renamedAndDeleted(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Pilot"], expect: 0)
        let duplicate = buyin.run(["start", "Idea", "--why", "again"], expect: 0)
        #expect(duplicate.errLines.count == 1 && duplicate.err.contains("idea-2"), "a duplicate title is pointed out: \(duplicate.err)")

        buyin.run(["campaign", "rename", "Social selling", "--slug", "social-selling", "--campaign", "idea"], expect: 0)
        let campaigns = try buyin.json(["campaign", "list"]) as! [[String: Any]]
        #expect(campaigns.map { $0["slug"] as! String } == ["social-selling", "idea-2"])
        #expect(campaigns.map { $0["title"] as! String } == ["Social selling", "Idea"])
        #expect((try buyin.json(["meeting", "list", "--campaign", "social-selling"]) as! [Any]).count == 1, "its record follows it")
        // The current campaign stays current under its new name.
        buyin.run(["campaign", "rename", "Idea, second try", "--slug", "second-try"], expect: 0)
        #expect((try buyin.json(["status"]) as! [String: Any])["slug"] as? String == "second-try")
        buyin.run(["campaign", "rename", "Clash", "--slug", "social-selling"], expect: 65)
        buyin.run(["campaign", "rename", "Bad", "--slug", "Not A Slug"], expect: 65)

        let refused = buyin.run(["campaign", "delete", "social-selling"], expect: 65)
        #expect(refused.err.contains("--yes"))
        buyin.run(["campaign", "delete", "social-selling", "--yes"], expect: 0)
        #expect((try buyin.json(["campaign", "list"]) as! [[String: Any]]).map { $0["slug"] as! String } == ["second-try"])
        #expect(buyin.sqlite("SELECT count(*) FROM meeting").out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect((try buyin.json(["stakeholder", "list", "--all"]) as! [Any]).count == 1, "people stay for other campaigns")
    }

    /// A ligature is spelled out in the short name, not dropped: « Cœur de cible » is coeur-de-cible.
    @Test func ligaturesSpelledOutInShortNames() throws {
        let buyin = Buyin(language: "fr")
        buyin.run(["start", "Cœur de cible", "--why", "x"], expect: 0)
        #expect((try buyin.json(["status"]) as! [String: Any])["slug"] as? String == "coeur-de-cible")
        buyin.run(["status", "--campaign", "Cœur de cible"], expect: 0)
    }
}
