import BuyInTestSupport
import Foundation
import Testing

/// What `status` and every listing print, whole, in both languages, compared with committed
/// files: a change of layout, column or wording shows up as a diff to read. After an intended
/// change, regenerate them with `BUYIN_UPDATE_GOLDEN=1 swift test` and read the diff.
@Suite struct SnapshotTests {
    static let folder = SourceTree.url("Tests/BuyInEndToEndTests/Snapshots")

    static let screens: [(name: String, arguments: [String])] = [
        ("status", ["status"]),
        ("campaign-list", ["campaign", "list"]),
        ("goal-list", ["goal", "list"]),
        ("stakeholder-list", ["stakeholder", "list"]),
        ("meeting-list", ["meeting", "list"]),
        ("followups-list", ["followups", "list"]),
        ("objection-list", ["objection", "list"]),
        ("win-list", ["win", "list"]),
        ("metric-list", ["metric", "list"]),
        ("decision-show", ["decision", "show"]),
        ("stakeholder-show", ["stakeholder", "show", "Margaret"]),
        ("prep", ["prep", "Margaret"]),
    ]

    /// A campaign with a little of everything, typed as a person would, in their language.
    static func campaign(_ language: String) -> Buyin {
        let buyin = Buyin(language: language)
        for line in [
            ["start", "Social selling", "--why", "Buyers read LinkedIn first", "--decide-by", "2026-12-03"],
            ["goal", "add", "Grow pipeline", "--department", "Sales", "--kpi", "New pipeline", "--baseline", "1800", "--target", "2400", "--unit", "k€"],
            ["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO", "--department", "Finance", "--influence", "5", "--target", "supporter", "--stance", "skeptic"],
            ["stakeholder", "add", "Marco Bianchi", "--role", "AE", "--influence", "2"],
            ["meeting", "log", "Margaret", "--date", "2026-11-02", "--summary", "Pilot numbers", "--after", "neutral", "--outcome", "Wants a pilot",
             "--next", "Send the pilot plan", "--due", "2026-11-09"],
            ["meeting", "log", "Marco", "--date", "2026-11-05", "--channel", "video", "--summary", "Rep view", "--after", "champion"],
            ["objection", "add", "Too expensive", "--from", "Margaret", "--category", "budget", "--date", "2026-11-02"],
            ["objection", "add", "Why now?", "--from", "Marco", "--date", "2026-11-05"],
            ["objection", "answer", "1", "25 seats instead of 40", "--confirmed"],
            ["win", "add", "CFO agreed to a pilot", "--with", "Margaret", "--date", "2026-11-06"],
            ["metric", "add", "Leads from LinkedIn", "48600", "--unit", "€", "--source", "CRM", "--date", "2026-11-01"],
            ["decision", "deferred", "--date", "2026-11-20", "--reason", "Budget freeze", "--lessons", "Bring the CFO in earlier"],
        ] {
            buyin.run(line, expect: 0)
        }
        return buyin
    }

    @Test(arguments: ["en", "fr"])
    func statusAndListingsMatchTheirSnapshots(language: String) throws {
        let buyin = Self.campaign(language)
        for screen in Self.screens {
            let output = buyin.run(screen.arguments, expect: 0).out
            let file = Self.folder.appendingPathComponent("\(screen.name).\(language).txt")
            if ProcessInfo.processInfo.environment["BUYIN_UPDATE_GOLDEN"] == "1" {
                try output.write(to: file, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(output == expected, "buyin \(screen.arguments.joined(separator: " ")) differs from \(file.lastPathComponent)")
        }
    }
}
