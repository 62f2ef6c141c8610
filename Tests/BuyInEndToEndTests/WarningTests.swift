import BuyInTestSupport
import Foundation
import Testing

/// Records that are allowed but look like slips: one line on standard error each, exit 0, the
/// record kept; a record without a slip says nothing there.
@Suite struct WarningTests {
    @Test(arguments: ["en", "fr"])
    func eachSlipIsOneLineAndTheRecordIsKept(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["why", "--decide-by", "2026-11-15"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        let plain = buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-02", "--summary", "Fine"], expect: 0)
        #expect(plain.err.isEmpty, "\(plain.err)")

        let cases: [(line: [String], mentions: String)] = [
            (["meeting", "log", "Marco", "--date", "2099-01-05", "--summary", "Future"], "2099"),
            (["meeting", "log", "Marco", "--date", "2026-11-18", "--summary", "Late"], "#3|n°\u{00A0}3"),
            (["meeting", "log", "Marco", "--date", "2026-11-10", "--summary", "Due early", "--next", "Send", "--due", "2026-11-01"], "#4|n°\u{00A0}4"),
            (["meeting", "log", "Margaret", "--date", "2026-11-02", "--summary", "Twice"], "Margaret Lindqvist"),
            (["objection", "add", "Too expensive", "--from", "Marco", "--meeting", "1"], "Margaret Lindqvist"),
        ]
        for (line, mentions) in cases {
            let result = buyin.run(line, expect: 0)
            #expect(result.errLines.count == (line.contains("2099-01-05") ? 2 : 1), "\(line): \(result.err)")
            #expect(result.err.range(of: mentions, options: .regularExpression) != nil, "\(line): \(result.err)")
        }
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).count == 5, "every meeting is kept")
        #expect((try buyin.json(["objection", "list"]) as! [Any]).count == 1)
    }
}
