import BuyInTestSupport
import Foundation
import Testing

/// `--format csv` on every list: RFC 4180 as Python's csv module reads it, the keys and values of
/// `--json` whatever the language, formulas defused, nothing private.
@Suite struct CSVListTests {
    static let lists: [[String]] = [
        ["stakeholder", "list"], ["stakeholder", "list", "--all"], ["meeting", "list"], ["objection", "list"], ["win", "list"],
        ["metric", "list"], ["option", "list"], ["followups"], ["goal", "list"], ["campaign", "list"],
    ]

    /// Reads CSV from standard input with Python's csv module and prints the rows as JSON.
    static let reader = "import csv, io, json, sys; data = sys.stdin.buffer.read().decode('utf-8'); "
        + "assert data == '' or data.endswith('\\r\\n'), 'CRLF line ends'; "
        + "print(json.dumps(list(csv.DictReader(io.StringIO(data, newline='')))))"

    static func rows(_ buyin: Buyin, _ arguments: [String]) throws -> [[String: String]] {
        let csv = buyin.run(arguments + ["--format", "csv"], expect: 0).out
        let read = buyin.run(["-c", reader], input: csv, binary: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(read.code == 0, "\(arguments): \(read.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(read.out.utf8)) as? [[String: String]], "\(arguments)")
    }

    @Test(arguments: ["en", "fr"])
    func everyListReadsBackAsTheJSONSays(language: String) throws {
        let buyin = OutputTrustTests.fullCampaign(language: language)
        buyin.run(["objection", "add", "=HYPERLINK(\"http://x\"), \"quoted\"\nsecond line", "--from", "Margaret"], expect: 0)
        buyin.run(["option", "add", "Full programme", "--cost", language == "fr" ? "1,25" : "1.25", "--unit", "EUR"], expect: 0)
        buyin.run(["start", "Second idea", "--why", "x"], expect: 0)
        buyin.run(["campaign", "use", "idea"], expect: 0)
        for list in Self.lists {
            let rows = try Self.rows(buyin, list)
            let json = try #require(try buyin.json(list) as? [[String: Any]], "\(list)")
            #expect(rows.count == json.count && !rows.isEmpty, "\(list)")
            for (row, object) in zip(rows, json) {
                // The same keys; a missing value is `null` in `--json` and an empty cell in the CSV.
                #expect(Set(object.keys) == Set(row.keys), "\(list): the keys of --json")
                #expect(object.filter { $0.value is NSNull }.keys.allSatisfy { row[$0] == "" }, "\(list)")
                if let id = object["id"] as? Int { #expect(row["id"] == String(id)) }
            }
            let text = rows.flatMap(\.values).joined(separator: "\n")
            #expect(!text.contains("PRIVATE-NOTE-7731") && !text.contains("PRIVATE-QUOTE-5512"), "\(list)")
        }
        let objections = try Self.rows(buyin, ["objection", "list"])
        #expect(objections.last?["text"] == "'=HYPERLINK(\"http://x\"), \"quoted\"\nsecond line", "a formula is defused, quotes and lines kept")
        #expect(objections.first?["status"] == "open" && objections.first?["raisedOn"] == "2026-11-22", "stable values in every language")
        let meetings = try Self.rows(buyin, ["meeting", "list"])
        #expect(meetings.first?["channel"] == "in-person" && meetings.first?["stakeholder"] == "Margaret Lindqvist")
        let options = try Self.rows(buyin, ["option", "list"])
        #expect(options.first?["cost"] == "1.25" && options.first?["costUnit"] == "EUR", "a number with a dot, whatever the language; the currency by its code")
        buyin.run(["stakeholder", "edit", "Margaret", "--decision-role", "approver"], expect: 0)
        let people = try Self.rows(buyin, ["stakeholder", "list"])
        let margaret = people.first { $0["name"] == "Margaret Lindqvist" }
        #expect(margaret?["decisionRole"] == "approver" && margaret?["hasVeto"] == "false", "\(people)")
    }

    @Test func refusedBesideJSONAndEmptyWhenThereIsNothing() throws {
        let buyin = Buyin.withStakeholder()
        let both = buyin.run(["meeting", "list", "--format", "csv", "--json"])
        #expect(both.code == 64 && both.errLines.count == 1, "\(both.err)")
        let unknown = buyin.run(["meeting", "list", "--format", "xlsx"])
        #expect(unknown.code == 64 && unknown.errLines.count == 1, "\(unknown.err)")
        #expect(buyin.run(["win", "list", "--format", "csv"], expect: 0).out.isEmpty)
    }
}
