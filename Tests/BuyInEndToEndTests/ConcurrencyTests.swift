import BuyInTestSupport
import Foundation
import Testing

/// Several `buyin` processes at once on one database: every write lands.
@Suite struct ConcurrencyTests {
    @Test func twoGoalAddsAtTheSameMoment() throws {
        let buyin = Buyin()
        buyin.run(["start", "Idea", "--why", "x"], expect: 0)
        let running = (0..<2).map { buyin.launch(["goal", "add", "Goal \($0)"]) }
        let results = running.map { $0.finish() }
        #expect(results.map(\.code) == [0, 0], "\(results.map(\.err))")
        let goals = try buyin.json(["goal", "list"]) as! [[String: Any]]
        #expect(Set(goals.compactMap { $0["text"] as? String }) == ["Goal 0", "Goal 1"])
    }

    @Test func twentyMeetingLogsAtOnce() throws {
        let buyin = Buyin.withStakeholder()
        let running = (0..<20).map { buyin.launch(["meeting", "log", "Margaret", "--summary", "Meeting \($0)", "--json"]) }
        let results = running.map { $0.finish() }
        #expect(results.allSatisfy { $0.code == 0 }, "\(results.map(\.err))")
        let printed = try results.map { result -> Int in
            let record = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
            return (record["meeting"] as! [String: Any])["id"] as! Int
        }
        #expect(Set(printed).count == 20)
        let meetings = try buyin.json(["meeting", "list"]) as! [[String: Any]]
        #expect(meetings.count == 20)
        #expect(Set(meetings.compactMap { $0["id"] as? Int }) == Set(printed))
    }
}
