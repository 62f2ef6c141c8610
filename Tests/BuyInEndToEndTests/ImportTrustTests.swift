import BuyInTestSupport
import Foundation
import Testing

/// An export is a file anyone can edit: whatever it holds, `import` loads all of it faithfully
/// or refuses it in one line, leaving the store (or the absence of one) as it was.
@Suite struct ImportTrustTests {
    /// A small record with every kind of row, exported; the document as JSON objects.
    static func exported(_ buyin: Buyin) throws -> [String: Any] {
        let journey = OutputTrustTests.fullCampaign(language: "en", team: buyin.team)
        let file = journey.folder.appendingPathComponent("export.json").path
        journey.run(["export", file], expect: 0)
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
    }

    static func write(_ document: Any, to buyin: Buyin, as name: String) throws -> String {
        let path = buyin.folder.appendingPathComponent(name).path
        try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The document with one change at a path of keys and indexes.
    static func changed(_ document: [String: Any], _ section: String, _ index: Int, _ key: String, _ value: Any) -> [String: Any] {
        var copy = document
        var rows = copy[section] as! [[String: Any]]
        rows[index][key] = value
        copy[section] = rows
        return copy
    }

    static func refusals(_ document: [String: Any]) -> [(name: String, document: [String: Any], field: String)] {
        let people = document["stakeholders"] as! [[String: Any]]
        var twoPeople = document
        twoPeople["stakeholders"] = people + [people[0].merging(["name": "Someone Else", "foldedName": "someone else"]) { $1 }]
        var twoCampaigns = document
        let campaigns = document["campaigns"] as! [[String: Any]]
        twoCampaigns["campaigns"] = campaigns + [campaigns[0].merging(["slug": "other", "title": "Other"]) { $1 }]
        return [
            ("two people, one number", twoPeople, "stakeholders"),
            ("two campaigns, one number", twoCampaigns, "campaigns"),
            ("a NUL in a note", changed(document, "notes", 0, "text", "sec\u{0}ret tail"), "notes[0].text"),
            ("a NUL in a summary", changed(document, "meetings", 0, "summary", "cut\u{0}here"), "meetings[0].summary"),
            ("an empty short name", changed(document, "campaigns", 0, "slug", ""), "campaigns[0].slug"),
            ("a path as a short name", changed(document, "campaigns", 0, "slug", "../../x; DROP TABLE x"), "campaigns[0].slug"),
            ("a version below the first", document.merging(["version": -1]) { $1 }, "version"),
            ("a version of zero", document.merging(["version": 0]) { $1 }, "version"),
        ]
    }

    /// Each refusal: one line naming the field, exit 65, nothing imported into a store that had
    /// a record, and no file left where there was none.
    @Test(arguments: [false, true])
    func editedExportsAreRefusedWithNothingLeftBehind(onTeamStore: Bool) throws {
        if onTeamStore && !TeamDatabase.isAvailable { return }
        let team = onTeamStore ? try TeamDatabase() : nil
        let source = Buyin()
        let document = try Self.exported(source)
        let target = Buyin(team: team)
        target.run(["start", "Already here", "--why", "x"], expect: 0)
        let before = target.run(["export", "-"], expect: 0).out
        for (name, edited, field) in Self.refusals(document) {
            let path = try Self.write(edited, to: source, as: "edited.json")
            let refused = target.run(["import", path])
            #expect(refused.code == 65 && refused.errLines.count == 1, "\(name): \(refused.code) \(refused.err)")
            #expect(refused.err.contains(field), "\(name): \(refused.err)")
            #expect(target.run(["export", "-"]).out == before, "\(name) changed the store")
            if !onTeamStore {
                let fresh = source.folder.appendingPathComponent("new-\(UUID().uuidString).sqlite").path
                #expect(source.run(["import", path, "--db", fresh]).code == 65)
                #expect(!FileManager.default.fileExists(atPath: fresh), "\(name) left \(fresh)")
            }
        }
        // A refusal that only the import itself finds (a person whose influence the schema
        // refuses) leaves no new file either.
        if !onTeamStore {
            let path = try Self.write(Self.changed(document, "stakeholders", 0, "influence", 9), to: source, as: "influence.json")
            let fresh = source.folder.appendingPathComponent("fresh.sqlite").path
            let refused = source.run(["import", path, "--db", fresh])
            #expect(refused.code == 65 && refused.errLines.count == 1, "\(refused.err)")
            #expect(!FileManager.default.fileExists(atPath: fresh))
        }
    }

    /// Every string value of a JSON document with the section it stands in: what must arrive.
    static func texts(_ document: [String: Any], sections: [String: String]) -> [String: [String]] {
        var found: [String: [String]] = [:]
        for (section, key) in sections {
            found[section] = ((document[section] as? [[String: Any]]) ?? []).compactMap { $0[key] as? String }.sorted()
        }
        return found
    }

    /// Exports changed as a person or a tool might change them, a few hundred times over: each
    /// import either refuses in one line with nothing done, or loads every text of the file as
    /// it is. Never a crash, never a text cut short or dropped, never two people's notes swapped.
    @Test func mutatedExportsNeverCrashNorChangeSilently() throws {
        let source = Buyin()
        let document = try Self.exported(source)
        let sections = ["meetings": "summary", "notes": "text", "quotes": "text", "objections": "text", "wins": "text",
                        "metrics": "label", "goals": "text", "stakeholders": "name", "campaigns": "title", "options": "text"]
        let values: [Any] = ["", " ", "x", "sec\u{0}ret", String(repeating: "long ", count: 2_000), "\u{1B}[2J", "Zoë ✓ 王", -1, 0, 1, 9,
                             Int64.max, Int64.min, 1e308, -0.5, true, NSNull(), [Any](), [String: Any](), "2026-02-30", "not a day",
                             "skeptic", "fr", "🙂"]
        var generator = SeededGenerator(seed: 20261204)
        let count = Int(ProcessInfo.processInfo.environment["BUYIN_IMPORT_MUTATIONS"] ?? "") ?? 150
        var failures: [String] = []
        var accepted = 0
        for round in 0..<count {
            var mutated = document
            var description = ""
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let sectionNames = document.keys.filter { document[$0] is [Any] }.sorted()
                let section = sectionNames.randomElement(using: &generator)!
                var rows = (mutated[section] as? [[String: Any]]) ?? []
                switch Int.random(in: 0..<10, using: &generator) {
                case 0 where !rows.isEmpty:  // a row twice
                    rows.append(rows.randomElement(using: &generator)!)
                    description += "\(section): a row twice; "
                case 1 where !rows.isEmpty:  // a row gone
                    rows.remove(at: Int.random(in: 0..<rows.count, using: &generator))
                    description += "\(section): a row gone; "
                case 2 where rows.count > 1:  // two rows' numbers swapped
                    let (a, b) = (0, rows.count - 1)
                    let id = rows[a]["id"]
                    rows[a]["id"] = rows[b]["id"]
                    rows[b]["id"] = id
                    description += "\(section): numbers swapped; "
                case 3:
                    mutated[["version", "format", "currentCampaign"].randomElement(using: &generator)!] = values.randomElement(using: &generator)!
                    description += "document field; "
                case _ where !rows.isEmpty:  // a field of a row given another value, or taken away
                    let index = Int.random(in: 0..<rows.count, using: &generator)
                    let key = rows[index].keys.sorted().randomElement(using: &generator)!
                    if Int.random(in: 0..<6, using: &generator) == 0 { rows[index][key] = nil } else { rows[index][key] = values.randomElement(using: &generator)! }
                    description += "\(section)[\(index)].\(key) = \(String(describing: rows[index][key]).prefix(20)); "
                default:
                    break
                }
                if mutated[section] is [Any] { mutated[section] = rows }
            }
            let path = try Self.write(mutated, to: source, as: "mutated-\(round).json")
            let database = source.folder.appendingPathComponent("mutated-\(round).sqlite").path
            let result = source.run(["import", path, "--db", database])
            if result.code != 0 {
                if result.code != 65 || result.errLines.count != 1 { failures.append("\(description) → exit \(result.code): \(result.err.prefix(300))") }
                if FileManager.default.fileExists(atPath: database) { failures.append("\(description) → refused, yet \(database) is left") }
                continue
            }
            accepted += 1
            let again = try JSONSerialization.jsonObject(with: Data(source.run(["export", "-", "--db", database], expect: 0).out.utf8)) as! [String: Any]
            // A person of the file matched to one already imported (same name) is one person: names compare as a set.
            var expected = Self.texts(mutated, sections: sections), found = Self.texts(again, sections: sections)
            expected["stakeholders"] = Array(Set(expected["stakeholders"] ?? [])).sorted()
            found["stakeholders"] = Array(Set(found["stakeholders"] ?? [])).sorted()
            if expected != found { failures.append("\(description) → imported, but the texts differ: \(expected) vs \(found)") }
            // Notes stay with the meeting they were written in: by the meeting's summary.
            func notesBySummary(_ document: [String: Any]) -> [String] {
                let meetings = (document["meetings"] as? [[String: Any]]) ?? []
                return ((document["notes"] as? [[String: Any]]) ?? []).compactMap { note in
                    let meeting = meetings.first { "\($0["id"] ?? "")" == "\(note["meetingId"] ?? "")" }
                    return "\(meeting?["summary"] ?? "?") ← \(note["text"] ?? "")"
                }.sorted()
            }
            if notesBySummary(mutated) != notesBySummary(again) { failures.append("\(description) → a note moved to another meeting") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
        // Both outcomes were tried: the fuzz is not all refusals.
        #expect(accepted > 10 && accepted < count, "accepted \(accepted) of \(count)")
    }

    /// A user template that multiplies its work (three `{{#meetings}}` deep over 500 meetings:
    /// 125 million repetitions) ends in one line, quickly, having written nothing.
    @Test func aMultiplyingTemplateOverManyMeetingsEndsInOneLine() throws {
        let buyin = Buyin()
        var document = try Self.exported(buyin)
        let meeting = (document["meetings"] as! [[String: Any]])[0]
        document["meetings"] = (1...500).map { meeting.merging(["id": $0, "summary": "Meeting \($0) with a summary of some length"]) { $1 } }
        document["notes"] = []; document["quotes"] = []; document["followUps"] = []
        document["objections"] = (document["objections"] as! [[String: Any]]).map { $0.merging(["meetingId": NSNull()]) { $1 } }
        let path = try Self.write(document, to: buyin, as: "many.json")
        buyin.run(["import", path], expect: 0)
        buyin.run(["why", "--why", String(repeating: "A long purpose. ", count: 400)], expect: 0)
        for (name, text) in [("three", "{{#meetings}}{{#meetings}}{{#meetings}}x{{/meetings}}{{/meetings}}{{/meetings}}"),
                             ("transformed", "{{#meetings}}{{#meetings}}{{#circle}}{{{uppercased(why)}}}{{/circle}}{{/meetings}}{{/meetings}}"),
                             ("two, long", "{{#meetings}}{{#meetings}}" + String(repeating: "{{outcome}} and more text ", count: 40) + "{{/meetings}}{{/meetings}}")] {
            let template = buyin.folder.appendingPathComponent("\(name).mustache").path
            try text.write(toFile: template, atomically: true, encoding: .utf8)
            let output = buyin.folder.appendingPathComponent("\(name).md").path
            let result = buyin.run(["brief", "--template", template, "--output", output])
            #expect(result.code == 65 && result.errLines.count == 1 && result.err.contains(template), "\(name): \(result.code) \(result.err)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        // One level over the same 500 meetings is an ordinary template.
        let one = buyin.folder.appendingPathComponent("one.mustache").path
        try "{{#meetings}}{{outcome}};{{/meetings}}".write(toFile: one, atomically: true, encoding: .utf8)
        #expect(buyin.run(["brief", "--template", one], expect: 0).out.contains("Meeting 500 with"))
    }

    /// Short names buyin makes itself (a long title's, numbered for a second campaign of that
    /// title) come back through an export.
    @Test func shortNamesBuyinMadeImportAgain() throws {
        let buyin = Buyin()
        let title = "Abcdefghij abcdefghij abcdefghij abcdefg"
        buyin.run(["start", title, "--why", "x"], expect: 0)
        buyin.run(["start", title, "--why", "y"], expect: 0)
        let file = buyin.folder.appendingPathComponent("two.json").path
        buyin.run(["export", file], expect: 0)
        let slugs = ((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any])["campaigns"] as! [[String: Any]])
            .map { $0["slug"] as! String }
        #expect(slugs.count == 2 && slugs[1].hasSuffix("-2") && slugs[0].count == 40, "\(slugs)")
        buyin.run(["import", file, "--db", buyin.folder.appendingPathComponent("copy.sqlite").path], expect: 0)
    }

    /// What help and the editor form say of private notes is what `export` does: it carries them.
    @Test(arguments: ["en", "fr"])
    func helpSaysWhereTheNotesGo(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        let help = buyin.run(["meeting", "log", "--help"], expect: 0).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!help.contains("never exported") && !help.contains("jamais export") && !help.contains("never leave") && !help.contains("ne sortent jamais"), "\(help)")
        #expect(help.contains(language == "fr" ? "sauvegardes et exports" : "backups and exports"))
        buyin.run(["meeting", "log", "Margaret", "--note", "A note"], expect: 0)
        let shown = buyin.run(["meeting", "show", "1"], expect: 0).out
        #expect(shown.contains(language == "fr" ? "Notes (privées)\n" : "Notes (private)\n") && !shown.contains(") ("), "\(shown)")
    }
}
