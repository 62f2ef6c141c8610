import BuyInTestSupport
import Foundation
import Testing

/// What a script reads from `--json`: `schemaVersion` on every document, a list's rows under
/// `items`, every key present (`null` when missing, never left out), numbers as numbers.
@Suite struct JSONListTests {
    /// The raw document, not the harness's reading of it.
    static func document(_ buyin: Buyin, _ arguments: [String]) throws -> [String: Any] {
        let out = buyin.run(arguments + ["--json"], expect: 0).out
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], "\(arguments): \(out)")
    }

    @Test(arguments: ["en", "fr"])
    func everyListIsAVersionedDocumentWithEveryKey(language: String) throws {
        let buyin = OutputTrustTests.fullCampaign(language: language)
        buyin.run(["stakeholder", "add", "Ines Duval", "--role", "COO"], expect: 0)
        buyin.run(["goal", "add", "Win trust", "--baseline", language == "fr" ? "1,5" : "1.5", "--target", "about three"], expect: 0)
        for list in CSVListTests.lists + [["stakeholder", "map"], ["search", "Margaret"]] {
            let document = try Self.document(buyin, list)
            #expect(document["schemaVersion"] as? Int == 1, "\(list)")
            #expect(Set(document.keys) == ["schemaVersion", "items"], "\(list): \(document.keys)")
            let items = try #require(document["items"] as? [[String: Any]], "\(list)")
            // Every row names the same keys: a missing value is there as null.
            #expect(Set(items.map { Set($0.keys) }).count <= 1, "\(list): \(items.map { $0.keys.sorted() })")
            for item in items { #expect(!item.values.contains { ($0 as? String) == "" }, "\(list): an empty text is null") }
        }
        let people = try #require(try Self.document(buyin, ["stakeholder", "list"])["items"] as? [[String: Any]])
        let ines = try #require(people.first { $0["name"] as? String == "Ines Duval" })
        #expect(ines["lastMet"] is NSNull && ines["department"] is NSNull && ines["decisionRole"] is NSNull, "\(ines)")
        #expect(ines["meetingCount"] as? Int == 0 && ines["influence"] is NSNumber)
        let goals = try #require(try Self.document(buyin, ["goal", "list"])["items"] as? [[String: Any]])
        let goal = try #require(goals.first { $0["text"] as? String == "Win trust" })
        #expect(goal["baselineValue"] as? Double == 1.5 && goal["baseline"] as? String == "1.5", "a number as a number: \(goal)")
        #expect(goal["targetValue"] is NSNull && goal["target"] as? String == "about three", "text stays text: \(goal)")
    }

    @Test func aRecordIsAVersionedObject() throws {
        let buyin = OutputTrustTests.fullCampaign(language: "en")
        for command in [["status"], ["decision", "show"], ["stakeholder", "show", "Margaret"], ["meeting", "show", "1"], ["prep", "Margaret"]] {
            let document = try Self.document(buyin, command)
            #expect(document["schemaVersion"] as? Int == 1 && document["items"] == nil, "\(command): \(document.keys.sorted())")
        }
        #expect(try Self.document(Buyin.withStakeholder(), ["status"])["decision"] is NSNull, "an undecided campaign says null")
    }
}
