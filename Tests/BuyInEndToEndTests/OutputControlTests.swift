import BuyInTestSupport
import Foundation
import Testing

/// Text a person typed never steers the terminal or a document: every command, every format,
/// on both stores. And tables stay aligned whatever script a name is written in.
@Suite struct OutputControlTests {
    /// What a hostile member could type: clear the screen, a hidden link, a write to the
    /// clipboard, a bell, a C1 control sequence introducer, a direction override.
    static let planted = "\u{1B}[2J\u{1B}]8;;https://evil.example\u{07}click\u{1B}]8;;\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{9B}31m\u{202E}gnp.exe"

    /// Characters that act, as they would reach a terminal or a file.
    static func actingCharacters(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    static func plantedCampaign(team: TeamDatabase? = nil) -> Buyin {
        let bad = planted
        let buyin = Buyin(team: team)
        buyin.run(["start", "Idea \(bad)", "--why", "Why \(bad)", "--ask", "Ask \(bad)", "--decision-owner", "Margaret \(bad)"], expect: 0)
        buyin.run(["why", "--how", "How \(bad)", "--what", "What \(bad)"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret \(bad)", "--role", "CFO \(bad)", "--department", "Finance \(bad)"], expect: 0)
        buyin.run(["goal", "add", "Goal \(bad)", "--kpi", "KPI \(bad)", "--baseline", "1", "--target", "2"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Summary \(bad)", "--outcome", "Outcome \(bad)", "--note", "Note \(bad)",
                   "--quote", "Quote \(bad)", "--shared-quote", "Shared \(bad)", "--next", "Next \(bad)", "--due", "2026-11-30"], expect: 0)
        buyin.run(["objection", "add", "Objection \(bad)", "--from", "Margaret", "--concern", "Concern \(bad)"], expect: 0)
        buyin.run(["objection", "answer", "1", "Answer \(bad)"], expect: 0)
        buyin.run(["win", "add", "Win \(bad)", "--with", "Margaret"], expect: 0)
        buyin.run(["metric", "add", "Metric \(bad)", "5", "--source", "Source \(bad)"], expect: 0)
        buyin.run(["option", "add", "Option \(bad)", "--cost", "5", "--pros", "Pros \(bad)", "--recommended"], expect: 0)
        buyin.run(["decision", "deferred", "--reason", "Reason \(bad)"], expect: 0)
        return buyin
    }

    /// Every leaf command (with `--json` too where it takes it), the pre-read in every format,
    /// the calendar, and the lines that confirm a change: no character that acts.
    static func walk(_ buyin: Buyin) throws {
        var outputs: [(String, Buyin.Result)] = []
        for command in try OutputTrustTests.commands() where !["delete", "merge", "import", "init", "add", "start", "demo"].contains(command.path.last ?? "") {
            var arguments = command.path + command.positionals.map(OutputTrustTests.value)
            if command.path == ["search"] { arguments = ["search", "Summary"] }
            outputs.append((arguments.joined(separator: " "), buyin.run(arguments, extraEnvironment: ["EDITOR": "true"])))
            if command.json { outputs.append((arguments.joined(separator: " ") + " --json", buyin.run(arguments + ["--json"]))) }
        }
        for format in ["markdown", "html", "json"] {
            outputs.append(("brief \(format)", buyin.run(["brief", "--format", format])))
            let file = buyin.folder.appendingPathComponent("brief-\(format)").path
            buyin.run(["brief", "--format", format, "--output", file, "--force"], expect: 0)
            outputs.append(("brief file \(format)", Buyin.Result(out: try String(contentsOfFile: file, encoding: .utf8), err: "", code: 0)))
        }
        for line in [["status"], ["why"], ["meeting", "show", "1"], ["stakeholder", "show", "Margaret"], ["win", "announce"],
                     ["search", "Note", "--private"], ["stakeholder", "map"], ["calendar"],
                     ["stakeholder", "add", "Other \(planted)"], ["meeting", "log", "Other", "--summary", "x"],
                     ["stakeholder", "edit", "Other", "--role", "Role \(planted)"], ["campaign", "rename", "Renamed \(planted)"],
                     ["stakeholder", "show", "Nobody \(planted)"], ["campaign", "use", "nowhere \(planted)"]] {
            outputs.append((line.joined(separator: " "), buyin.run(line)))
        }
        #expect(outputs.count > 60)
        var shownPlanted = 0
        for (name, result) in outputs {
            let acting = actingCharacters(in: result.out) + actingCharacters(in: result.err)
            #expect(acting.isEmpty, "\(name): \(Set(acting).sorted())")
            if result.out.contains("\\u{1B}]52") || result.err.contains("\\u{1B}]52") { shownPlanted += 1 }
            if name.hasSuffix("--json") || name == "brief json" || name == "brief file json" {
                #expect(result.code != 0 || (try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) != nil, "\(name) is JSON")
            }
        }
        // On the terminal the sequence is shown, so the reader sees something was typed there.
        #expect(shownPlanted > 10)
        // In JSON the text is kept, escaped: a program reads what was typed.
        let status = try JSONSerialization.jsonObject(with: Data(buyin.run(["stakeholder", "show", "Other", "--json"]).out.utf8))
        #expect("\(status)".contains("Role"))
    }

    @Test func noTypedCharacterActsInAnyOutput() throws {
        try Self.walk(Self.plantedCampaign())
    }

    @Test(.enabled(if: TeamDatabase.isAvailable))
    func noTypedCharacterActsInAnyOutputOnTheTeamStore() throws {
        try Self.walk(Self.plantedCampaign(team: TeamDatabase()))
    }

    /// Columns a terminal draws: 王 and a family emoji take two each, a combining accent none.
    static func columns(_ text: Substring) -> Int {
        var count = 0
        for character in text {
            let first = character.unicodeScalars.first!.value
            if (0x4E00...0x9FFF).contains(first) || (0x1F300...0x1FAFF).contains(first) { count += 2 } else { count += 1 }
        }
        return count
    }

    /// The column where `word` starts on the line that holds `marker`.
    static func column(of word: String, onLineWith marker: String, in output: String) -> Int? {
        guard let line = output.split(separator: "\n").first(where: { $0.contains(marker) }), let range = line.range(of: word) else { return nil }
        return columns(line[..<range.lowerBound])
    }

    @Test func wideNamesKeepEveryColumnInPlace() throws {
        let buyin = Buyin()
        buyin.run(["start", "Idea", "--why", "x"], expect: 0)
        let names = [("王小明", "CFO"), ("Zoë 👨‍👩‍👧", "CTO"), ("Rene\u{301} Ödegård", "CEO"), ("Plain Name", "COO")]
        for (name, role) in names {
            buyin.run(["stakeholder", "add", name, "--role", role, "--stance", "skeptic"], expect: 0)
            buyin.run(["meeting", "log", name, "--summary", "Met \(role)", "--after", "neutral"], expect: 0)
        }
        let list = buyin.run(["stakeholder", "list"], expect: 0).out
        let roleColumns = Set(names.map { Self.column(of: $0.1, onLineWith: $0.1, in: list) })
        #expect(roleColumns.count == 1 && roleColumns.first! != nil, "\(roleColumns)\n\(list)")
        let meetings = buyin.run(["meeting", "list"], expect: 0).out
        let stanceColumns = Set(names.map { Self.column(of: "neutral", onLineWith: $0.0, in: meetings) })
        #expect(stanceColumns.count == 1 && stanceColumns.first! != nil, "\(stanceColumns)\n\(meetings)")
        // The map's right-hand border stands in one column on every line.
        let map = buyin.run(["stakeholder", "map"], expect: 0).out
        let borders = Set(map.split(separator: "\n").filter { $0.contains("│") }.map { Self.columns($0) })
        #expect(borders.count == 1, "\(borders)\n\(map)")
    }
}
