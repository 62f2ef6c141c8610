import BuyInTestSupport
import Foundation
import Testing

/// `goal|objection|win|metric edit ID`: a record put right in place, the rest of it kept.
@Suite struct RecordEditTests {
    @Test(arguments: ["en", "fr"])
    func eachRecordIsPutRight(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        buyin.run(["goal", "add", "Grow pipline", "--department", "Sales", "--baseline", "1800"], expect: 0)
        buyin.run(["objection", "add", "Too expensiv", "--from", "Marco", "--category", "cost"], expect: 0)
        buyin.run(["objection", "answer", "1", "25 seats"], expect: 0)
        buyin.run(["win", "add", "CFO agred", "--with", "Marco"], expect: 0)
        buyin.run(["metric", "add", "Leads", "1200", "--unit", "k€"], expect: 0)

        buyin.run(["goal", "edit", "1", "--text", "Grow pipeline", "--target", "2400"], expect: 0)
        let goal = (try buyin.json(["goal", "list"]) as! [[String: Any]])[0]
        #expect(goal["text"] as? String == "Grow pipeline" && goal["target"] as? String == "2400")
        #expect(goal["department"] as? String == "Sales" && goal["baseline"] as? String == "1800", "the rest is kept")

        buyin.run(["objection", "edit", "1", "--text", "Too expensive", "--from", "Margaret", "--response", "25 seats instead of 40"], expect: 0)
        let objection = (try buyin.json(["objection", "list"]) as! [[String: Any]])[0]
        #expect(objection["text"] as? String == "Too expensive" && objection["stakeholder"] as? String == "Margaret Lindqvist")
        #expect(objection["response"] as? String == "25 seats instead of 40" && objection["status"] as? String == "answered")
        #expect(objection["category"] as? String == "cost")

        buyin.run(["win", "edit", "1", "--text", "CFO agreed", "--with", "Margaret"], expect: 0)
        let win = (try buyin.json(["win", "list"]) as! [[String: Any]])[0]
        #expect(win["text"] as? String == "CFO agreed" && win["people"] as? [String] == ["Margaret Lindqvist"])

        buyin.run(["metric", "edit", "1", "--value", language == "fr" ? "1 250,5" : "1,250.5"], expect: 0)
        let metric = (try buyin.json(["metric", "list"]) as! [[String: Any]])[0]
        #expect(metric["value"] as? Double == 1250.5 && metric["unit"] as? String == "EUR" && metric["label"] as? String == "Leads")

        // Nothing to change, a bad field, an unknown record: one line, nothing changed.
        for line in [["goal", "edit", "1"], ["objection", "edit", "1", "--category", "nonsense"], ["win", "edit", "1", "--date", "32/13"],
                     ["metric", "edit", "1", "--value", "lots"], ["metric", "edit", "7", "--label", "x"], ["goal", "edit", "1", "--text", " "]] {
            let refused = buyin.run(line, expect: 65)
            #expect(refused.errLines.count == 1, "\(line): \(refused.err)")
        }
        #expect((try buyin.json(["goal", "list"]) as! [[String: Any]])[0]["text"] as? String == "Grow pipeline")
    }
}
