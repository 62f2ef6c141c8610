import BuyInTestSupport
import Foundation
import Testing

/// A removal takes away what was removed and nothing else: after deleting a person, a
/// duplicate meeting, an objection and a win, `status` and the pre-read read exactly as in a
/// record where they were never entered.
@Suite struct RemovalTests {
    static func campaign(_ buyin: Buyin, withMistakes: Bool) {
        var lines: [[String]] = [
            ["start", "Social selling", "--why", "Buyers read LinkedIn first", "--ask", "Approve 50k", "--decide-by", "2026-12-03"],
            ["goal", "add", "Grow pipeline", "--baseline", "1800", "--target", "2400"],
            ["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO", "--influence", "5", "--target", "supporter", "--stance", "skeptic"],
        ]
        if withMistakes {
            lines += [["stakeholder", "add", "Marco Bianchi", "--influence", "2"],
                      ["meeting", "log", "Marco", "--date", "2026-11-03", "--after", "champion", "--summary", "Rep view", "--next", "Call back"]]
        }
        lines.append(["meeting", "log", "Margaret", "--date", "2026-11-02", "--after", "neutral", "--summary", "Pilot numbers",
                      "--shared-quote", "Show me the pipeline", "--next", "Send the plan", "--due", "2026-11-09"])
        if withMistakes {
            lines += [["meeting", "log", "Margaret", "--date", "2026-11-04", "--after", "blocker", "--summary", "Logged twice"],
                      ["objection", "add", "Typo objection", "--from", "Margaret"],
                      ["win", "add", "Reps keen", "--with", "Marco"]]
        }
        lines += [["objection", "add", "Too expensive", "--from", "Margaret", "--date", "2026-11-02"],
                  ["win", "add", "CFO agreed to a pilot", "--with", "Margaret", "--date", "2026-11-06"]]
        for line in lines { buyin.run(line, expect: 0) }
    }

    @Test(arguments: ["en", "fr"])
    func statusAndPreReadAreAsIfNeverEntered(language: String) throws {
        let clean = Buyin(language: language)
        Self.campaign(clean, withMistakes: false)
        let fixed = Buyin(language: language)
        Self.campaign(fixed, withMistakes: true)
        fixed.run(["stakeholder", "delete", "Marco", "--yes"], expect: 0)
        fixed.run(["meeting", "delete", "3"], expect: 0)
        fixed.run(["objection", "delete", "1"], expect: 0)
        fixed.run(["win", "delete", "1"], expect: 0)

        for screen in [["status"], ["status", "--json"], ["brief", "--format", "markdown"], ["brief", "--format", "json"], ["followups"],
                       ["stakeholder", "list"], ["meeting", "list"]] {
            let before = Self.withoutNumbers(clean.run(screen, expect: 0).out)
            let after = Self.withoutNumbers(fixed.run(screen, expect: 0).out)
            #expect(after == before, "\(screen.joined(separator: " ")) differs:\n\(after)\n---\n\(before)")
        }
    }

    /// A listing without its number column: the records kept are renumbered in the clean record.
    static func withoutNumbers(_ listing: String) -> String {
        listing.replacingOccurrences(of: #"(?m)^(\d+|#|N°) +"#, with: "", options: .regularExpression)
    }
}
