import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// The command line is read as the person meant it, or refused in one line; nothing typed is
/// dropped without a word.
@Suite struct CommandLineTrustTests {
    @Test func valuesThatStartWithADashAreValues() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["objection", "add", "Too expensive", "--from", "Margaret"], expect: 0)
        let answered = buyin.run(["objection", "answer", "1", "- see http://example.com/pricing", "--confirmed"])
        #expect(answered.code == 0, "\(answered.err)")
        #expect(!answered.out.contains("USAGE"))
        let objections = try buyin.json(["objection", "list"]) as! [[String: Any]]
        #expect(objections.first?["response"] as? String == "- see http://example.com/pricing")
        #expect(objections.first?["isConfirmed"] as? Bool == true)

        let logged = buyin.run(["meeting", "log", "Margaret", "--summary", "- pilot first, then rollout", "--outcome", "-5% churn", "--json"])
        #expect(logged.code == 0, "\(logged.err)")
        let meeting = (try JSONSerialization.jsonObject(with: Data(logged.out.utf8)) as! [String: Any])["meeting"] as! [String: Any]
        #expect(meeting["summary"] as? String == "- pilot first, then rollout")
        #expect(meeting["outcome"] as? String == "-5% churn")

        let metric = buyin.run(["metric", "add", "Churn change", "-2.5", "--unit", "%"])
        #expect(metric.code == 0, "\(metric.err)")
        #expect((try buyin.json(["metric", "list"]) as! [[String: Any]]).first?["value"] as? Double == -2.5)
    }

    @Test func repeatedNextStepsAreAllKept() throws {
        let buyin = Buyin.withStakeholder()
        let logged = buyin.run(["meeting", "log", "Margaret", "--next", "Send the quote", "--next", "Book the CFO", "--due", "2026-11-30"])
        #expect(logged.code == 0, "\(logged.err)")
        let steps = try buyin.json(["followups"]) as! [[String: Any]]
        #expect(steps.compactMap { $0["text"] as? String } == ["Send the quote", "Book the CFO"])
        #expect(steps.allSatisfy { $0["due"] as? String == "2026-11-30" })
    }

    @Test(arguments: ["en", "fr"])
    func aSingleValueOptionGivenTwiceIsRefused(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        for arguments in [["meeting", "log", "Margaret", "--summary", "a", "--summary", "b"],
                          ["brief", "-o", "a.md", "--output", "b.md"], ["--db", "x.sqlite", "status", "--db", "y.sqlite"]] {
            let result = buyin.run(arguments)
            #expect(result.code == 64, "\(arguments): \(result.err)")
            #expect(result.errLines.count == 1)
        }
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).isEmpty, "nothing half-recorded")
    }

    /// Thousands of options end at once, in one line, instead of a parse that grows with the square.
    @Test func anOverlongLineEndsAtOnce() throws {
        let buyin = Buyin.withStakeholder()
        let quotes = (0..<4_000).flatMap { ["--quote", "q\($0)"] }
        let running = buyin.launch(["meeting", "log", "Margaret"] + quotes)
        // A watchdog, not a speed measure: the quadratic parse took 17 s.
        let deadline = Date().addingTimeInterval(20)
        while running.process.isRunning && Date() < deadline { usleep(50_000) }
        let finished = !running.process.isRunning
        if !finished { running.process.terminate() }
        let result = running.finish()
        #expect(finished)
        #expect(result.code == 64, "\(result.err)")
        #expect(result.errLines.count == 1)
    }

    /// The shape of options the line is read with agrees with the parser's own description.
    @Test func commandLineShapeMatchesTheParser() throws {
        let dump = Buyin().run(["--experimental-dump-help"])
        let root = (try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as! [String: Any])["command"] as! [String: Any]
        var flags: Set<String> = [], repeatable: Set<String> = [], shortNames: [String: String] = [:]
        func walk(_ command: [String: Any]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = argument["names"] as? [[String: Any]] ?? []
                let long = names.first { $0["kind"] as? String == "long" }.flatMap { $0["name"] as? String }.map { "--" + $0 }
                for short in names where short["kind"] as? String == "short" {
                    if let name = short["name"] as? String, let long { shortNames["-" + name] = long }
                }
                guard let long else { continue }
                if argument["kind"] as? String == "flag" { flags.insert(long) }
                if argument["kind"] as? String == "option" && argument["isRepeating"] as? Bool == true { repeatable.insert(long) }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub) }
        }
        walk(root)
        #expect(flags.isSubset(of: CommandLineShape.flags), "\(flags.subtracting(CommandLineShape.flags))")
        #expect(repeatable == CommandLineShape.repeatable)
        for (short, long) in shortNames { #expect(CommandLineShape.shortNames[short] == long, "\(short)") }
    }
}
