import BuyInTestSupport
import Foundation
import Testing

/// What buyin prints: never a private note outside `meeting show`, never Swift's debug text,
/// every objection's real status, numbers as the reader's language writes them.
@Suite struct OutputTrustTests {
    static let privateNote = "PRIVATE-NOTE-7731 the board wants cuts"
    static let privateQuote = "PRIVATE-QUOTE-5512 over my dead body"

    /// A campaign where every kind of record exists, with private text in the meeting.
    static func fullCampaign(language: String = "en", team: TeamDatabase? = nil) -> Buyin {
        let buyin = Buyin.withStakeholder(language: language, team: team)
        buyin.run(["goal", "add", "Grow pipeline", "--baseline", "1800", "--target", "2400", "--unit", "k€"], expect: 0)
        buyin.run(["metric", "add", "Leads", "1200"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Pilot numbers", "--note", privateNote, "--quote", privateQuote,
                   "--shared-quote", "Show me the pipeline", "--next", "Send the quote", "--due", "2026-11-30", "--idea-change", "Start with 25 seats"], expect: 0)
        buyin.run(["objection", "add", "Too expensive", "--from", "Margaret", "--meeting", "1"], expect: 0)
        buyin.run(["win", "add", "CFO agreed to a pilot", "--with", "Margaret"], expect: 0)
        buyin.run(["decision", "deferred", "--reason", "Q1"], expect: 0)
        buyin.run(["stakeholder", "add", "Hélène Marchand", "--stance", "neutral"], expect: 0)
        buyin.run(["stakeholder", "link", "Margaret", "--influences", "Hélène"], expect: 0)
        return buyin
    }

    /// Every leaf command of the tool, with whether it takes `--json`, read from the parser's
    /// own description of the command line: a command added later is covered without a change here.
    static func commands() throws -> [(path: [String], positionals: [String], json: Bool)] {
        let dump = Buyin().run(["--experimental-dump-help"])
        let root = (try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as! [String: Any])["command"] as! [String: Any]
        var found: [(path: [String], positionals: [String], json: Bool)] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if subcommands.isEmpty {
                let arguments = command["arguments"] as? [[String: Any]] ?? []
                let positionals = arguments.filter { $0["kind"] as? String == "positional" }.compactMap { $0["valueName"] as? String }
                let json = arguments.contains { ($0["names"] as? [[String: Any]])?.contains { $0["name"] as? String == "json" } ?? false }
                found.append((path, positionals, json))
            }
            for sub in subcommands { walk(sub, path + [sub["commandName"] as! String]) }
        }
        walk(root, [])
        return found
    }

    static func value(for positional: String) -> String {
        switch positional {
        case "ID": return "1"
        case "name": return "Margaret"
        case "slug": return "idea"
        // Words the private note and quote hold: `search` must still not show them.
        case "words": return "PRIVATE"
        default: return "x"
        }
    }

    @Test(arguments: ["en", "fr"])
    func privateTextAppearsOnlyInMeetingShow(language: String) throws {
        try Self.walkEveryOutput(Self.fullCampaign(language: language))
    }

    /// The same walk on the team store: the server's policies add to buyin's care, never replace it.
    @Test(.enabled(if: TeamDatabase.isAvailable))
    func privateTextAppearsOnlyInMeetingShowOnTheTeamStore() throws {
        try Self.walkEveryOutput(Self.fullCampaign(team: TeamDatabase()))
    }

    static func walkEveryOutput(_ buyin: Buyin) throws {
        let commands = try Self.commands()
        #expect(commands.filter(\.json).count >= 12, "the walk found the listing commands")
        var outputs: [(String, Buyin.Result)] = []
        for command in commands where command.json {
            let arguments = command.path + command.positionals.map(Self.value)
            outputs.append((arguments.joined(separator: " ") + " --json", buyin.run(arguments + ["--json"])))
            if command.path != ["meeting", "log"] { outputs.append((arguments.joined(separator: " "), buyin.run(arguments))) }
            if command.path.last == "list" || command.path == ["followups"] {
                outputs.append((arguments.joined(separator: " ") + " --format csv", buyin.run(arguments + ["--format", "csv"])))
            }
        }
        for format in ["markdown", "html", "json", "email"] { outputs.append(("brief \(format)", buyin.run(["brief", "--format", format]))) }
        let message = buyin.folder.appendingPathComponent("brief.eml").path
        buyin.run(["brief", "--format", "email", "--output", message, "--attach-html"], expect: 0)
        outputs.append(("brief email .eml", Buyin.Result(out: try String(contentsOfFile: message, encoding: .utf8), err: "", code: 0)))
        let word = buyin.folder.appendingPathComponent("brief.docx").path
        buyin.run(["brief", "--format", "docx", "--output", word], expect: 0)
        outputs.append(("brief docx", Buyin.Result(out: try WordBriefTests.everything(buyin, word), err: "", code: 0)))
        for format in ["text", "markdown", "html"] { outputs.append(("prep \(format)", buyin.run(["prep", "Margaret", "--format", format]))) }
        // Asked for, the prep sheet holds them: the walk would miss a sheet that never does.
        let mine = buyin.run(["prep", "Margaret", "--private"])
        #expect(mine.out.contains("PRIVATE-NOTE-7731") && mine.out.contains("PRIVATE-QUOTE-5512"), "\(mine.out)\(mine.err)")
        outputs.append(("status", buyin.run(["status"])))
        outputs.append(("announce", buyin.run(["win", "announce"])))
        outputs.append(("followups", buyin.run(["followups"])))
        outputs.append(("calendar", buyin.run(["calendar"])))
        outputs.append(("calendar --all", buyin.run(["calendar", "--all"])))
        // The commands that reshape the record print without --json: the person whose private
        // notes move or go is named, the notes never are.
        buyin.run(["stakeholder", "add", "Margret"], expect: 0)
        buyin.run(["meeting", "log", "Margret", "--summary", "Duplicate", "--note", Self.privateNote, "--quote", Self.privateQuote], expect: 0)
        // An export holds private notes by design, like a backup: what it prints must not.
        let exported = buyin.folder.appendingPathComponent("export.json").path
        for line in [["export", exported], ["import", exported], ["stakeholder", "merge", "Margret", "Margaret Lindqvist"], ["stakeholder", "show", "Margaret"],
                     ["campaign", "rename", "Renamed"], ["stakeholder", "remove", "Margaret"], ["stakeholder", "delete", "Margaret"],
                     ["meeting", "log", "margret", "--summary", "x"], ["stakeholder", "delete", "Margaret", "--yes"],
                     ["campaign", "delete", "idea"], ["campaign", "delete", "idea", "--yes"]] {
            outputs.append((line.joined(separator: " "), buyin.run(line)))
        }
        for (name, result) in outputs {
            let text = result.out + result.err
            let isMeetingShow = name.hasPrefix("meeting show")
            #expect(text.contains("PRIVATE-NOTE-7731") == isMeetingShow, "\(name)")
            #expect(text.contains("PRIVATE-QUOTE-5512") == isMeetingShow, "\(name)")
        }
        #expect(outputs.contains { $0.0 == "meeting log Margaret --json" && $0.1.code == 0 && $0.1.out.contains("sharedQuotes") })
    }

    /// Empty values never let a template reach a parent's value, and no Swift debug text
    /// reaches a document, whatever a user's template asks for.
    @Test func noSwiftDebugTextInAnyDocument() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["win", "add", "A win with nobody named"], expect: 0)
        buyin.run(["meeting", "log", "Margaret"], expect: 0)
        buyin.run(["objection", "add", "No one said it"], expect: 0)
        let template = buyin.folder.appendingPathComponent("mine.mustache").path
        try "{{meetings}}|{{.}}|{{labels}}|{{people}}|{{#wins}}{{people}}{{.}}{{/wins}}|{{circle}}|{{#objections}}{{from}}{{/objections}}"
            .write(toFile: template, atomically: true, encoding: .utf8)
        for arguments in [["brief"], ["brief", "--format", "html"], ["brief", "--template", template]] {
            let result = buyin.run(arguments)
            #expect(result.code == 0, "\(result.err)")
            for debris in ["BuyInKit", "BriefNode", "BriefText", "Optional(", "Swift.", "values: ["] {
                #expect(!result.out.contains(debris), "\(arguments): \(debris)")
            }
        }
    }

    /// A template that nests without end or multiplies its work ends in one line, not a crash
    /// or minutes of work.
    @Test(arguments: ["en", "fr"])
    func runawayTemplatesEndInOneLine(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        buyin.run(["stakeholder", "add", "Zoë Ødegård"], expect: 0)
        let deep = buyin.folder.appendingPathComponent("deep.mustache").path
        try (String(repeating: "{{#people}}", count: 1_000) + "x" + String(repeating: "{{/people}}", count: 1_000))
            .write(toFile: deep, atomically: true, encoding: .utf8)
        let disguised = buyin.folder.appendingPathComponent("disguised.mustache").path
        try ("{{=<% %>=}}" + String(repeating: "<%#people%>", count: 1_000) + "x" + String(repeating: "<%/people%>", count: 1_000))
            .write(toFile: disguised, atomically: true, encoding: .utf8)
        let wide = buyin.folder.appendingPathComponent("wide.mustache").path
        try (String(repeating: "{{#people}}", count: 30) + "{{name}}" + String(repeating: "{{/people}}", count: 30))
            .write(toFile: wide, atomically: true, encoding: .utf8)
        for template in [deep, disguised, wide] {
            let result = buyin.run(["brief", "--template", template])
            #expect(result.code == 65, "\(template): \(result.code) \(result.err.prefix(200))")
            #expect(result.errLines.count == 1)
            #expect(result.err.contains(template))
        }
        // A template of ordinary depth still renders.
        let fine = buyin.folder.appendingPathComponent("fine.mustache").path
        try "{{#people}}{{name}};{{/people}}".write(toFile: fine, atomically: true, encoding: .utf8)
        #expect(buyin.run(["brief", "--template", fine]).out.contains("Marco Bianchi;"))
    }

    @Test(arguments: ["en", "fr"])
    func everyObjectionShowsItsStatusAndConcern(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        for text in ["Stays open", "Answered only", "Answered and confirmed", "Resolved one", "Accepted one"] {
            buyin.run(["objection", "add", text, "--concern", "Concern of \(text)", "--from", "Margaret"], expect: 0)
        }
        buyin.run(["objection", "answer", "2", "We answered"], expect: 0)
        buyin.run(["objection", "answer", "3", "We answered well", "--confirmed"], expect: 0)
        buyin.run(["objection", "resolve", "4"], expect: 0)
        buyin.run(["objection", "accept", "5"], expect: 0)
        let expected = language == "fr"
            ? ["Ouverte\u{00A0}: pas encore de réponse.", "Réponse apportée, pas encore confirmée", "Réponse apportée et confirmée", "Résolue.", "Risque assumé\u{00A0}:"]
            : ["Open: not answered yet.", "Answered, not yet confirmed", "Answered, and confirmed", "Resolved.", "Accepted risk"]
        for format in ["markdown", "html"] {
            let brief = buyin.run(["brief", "--format", format]).out
            for phrase in expected { #expect(brief.contains(phrase), "\(format): \(phrase)") }
            #expect(brief.contains("Concern of Resolved one"))
            let notAnswered = language == "fr" ? "Pas encore de réponse." : "Not answered yet."
            #expect(!brief.contains(notAnswered), "no resolved or accepted objection reads as unanswered")
        }
    }

    @Test func numbersFollowTheReadersLanguage() throws {
        let buyin = Buyin.withStakeholder()
        let cases: [(String, String, Double?)] = [
            ("en", "1,234", 1234), ("en", "1,000", 1000), ("en", "1,234.5", 1234.5), ("en", "1 234.5", 1234.5), ("en", "-12.5", -12.5),
            ("en", "1,5", nil), ("en", "1,23", nil), ("en", "1.234,5", nil),
            ("fr", "1,5", 1.5), ("fr", "1 234,5", 1234.5), ("fr", "1\u{202F}234", 1234), ("fr", "2.5", 2.5),
            ("fr", "1.234", nil), ("fr", "1,234.5", nil),
        ]
        for (language, typed, expected) in cases {
            let result = buyin.run(["metric", "add", "Leads", "--lang", language, "--", typed])
            if let expected {
                #expect(result.code == 0, "\(language) \(typed): \(result.err)")
                let metrics = try buyin.json(["metric", "list"]) as! [[String: Any]]
                #expect(metrics.last?["value"] as? Double == expected, "\(language) \(typed)")
            } else {
                #expect(result.code == 65, "\(language) \(typed) must be refused: \(result.out)")
                #expect(result.errLines.count == 1)
                #expect(result.err.contains(language == "fr" ? "1 234,5" : "1,234.5"), "the expected form is shown")
            }
        }
    }

    @Test(arguments: ["en", "fr"])
    func largeNumbersNeverCrash(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        let refused = buyin.run(["metric", "add", "Reach", "100000000000000000"])
        #expect(refused.code == 65, "\(refused.err)")
        #expect(refused.errLines.count == 1)
        #expect(buyin.run(["metric", "add", "Reach", "999999999999999"]).code == 0)
        // Whatever is in the file displays, even a value only a hand edit could put there.
        buyin.sqlite("INSERT INTO metric(campaignId, label, value) VALUES (1, 'Hand-edited', 1e300), (1, 'Negative', -1e17), (1, 'Infinite', 1e999);")
        for arguments in [["metric", "list"], ["brief"], ["brief", "--format", "html"], ["brief", "--format", "json"], ["status"], ["metric", "list", "--json"]] {
            let result = buyin.run(arguments)
            #expect(result.code == 0, "\(arguments): \(result.code) \(result.err)")
        }
        let grouping = language == "fr" ? "\u{202F}" : ","
        #expect(buyin.run(["metric", "list"]).out.contains(["999", "999", "999", "999", "999"].joined(separator: grouping)))
    }
}
