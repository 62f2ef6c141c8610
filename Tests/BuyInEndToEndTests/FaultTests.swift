import BuyInTestSupport
import Foundation
import Testing

/// The promise that buyin never loses or leaks a note, tested the hard way: many writers at once,
/// writers killed mid-write, damaged and read-only files, a full disk, and random arguments.
@Suite struct FaultTests {
    static func integrity(_ buyin: Buyin) -> String {
        buyin.sqlite("PRAGMA integrity_check;").out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func fiftyWritersAtOnce() throws {
        let buyin = Buyin.withStakeholder()
        let running = (0..<50).map { buyin.launch(["objection", "add", "Objection \($0)", "--from", "Margaret"]) }
        let results = running.map { $0.finish() }
        #expect(results.allSatisfy { $0.code == 0 }, "\(results.map(\.err).filter { !$0.isEmpty })")
        let printed = results.compactMap { result in
            result.out.split(separator: "#").dropFirst().first?.split(separator: " ").first.map(String.init)
        }
        #expect(Set(printed).count == 50, "each process prints the id it created")
        let objections = try buyin.json(["objection", "list"]) as! [[String: Any]]
        #expect(objections.count == 50)
        #expect(Set(objections.compactMap { ($0["id"] as? Int).map(String.init) }) == Set(printed))
    }

    @Test func killedWritersLoseNothingThatWasReported() throws {
        let buyin = Buyin.withStakeholder()
        var reported: [Int] = []
        var killed = 0
        for batch in 0..<20 {
            let running = (0..<10).map { index in
                buyin.launch(["meeting", "log", "Margaret", "--summary", "Write \(batch)-\(index)", "--note", String(repeating: "n", count: 2000), "--json"])
            }
            usleep(UInt32.random(in: 0...30_000))
            for process in running.shuffled().prefix(4) where process.process.isRunning {
                kill(process.process.processIdentifier, SIGKILL)
                killed += 1
            }
            for process in running {
                let result = process.finish()
                if result.code == 0, let record = try? JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any],
                   let id = (record["meeting"] as? [String: Any])?["id"] as? Int {
                    reported.append(id)
                } else {
                    #expect(result.code == 128 + SIGKILL || result.code == 137 || result.code == 9, "only killed writers fail: \(result.code) \(result.err)")
                }
            }
        }
        #expect(Self.integrity(buyin) == "ok")
        let stored = Set((try buyin.json(["meeting", "list"]) as! [[String: Any]]).compactMap { $0["id"] as? Int })
        #expect(Set(reported).isSubset(of: stored), "every reported write is present")
        #expect(reported.count + killed >= 200)
        #expect(killed > 0, "some writers were killed while running")
        // All or nothing: no meeting landed without the note it was logged with.
        let orphans = buyin.sqlite("SELECT count(*) FROM meeting WHERE id NOT IN (SELECT meetingId FROM meetingNote);")
        #expect(orphans.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func databaseFromANewerBuyinIsLeftAlone() throws {
        let buyin = Buyin.withStakeholder()
        // What a newer buyin leaves behind: a migration this one does not know, and a higher user_version.
        buyin.sqlite("INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future'); PRAGMA user_version = 99;")
        let original = try Data(contentsOf: URL(fileURLWithPath: buyin.database))
        for language in ["en", "fr"] {
            let result = buyin.run(["goal", "add", "x"], extraEnvironment: ["BUYIN_LANG": language])
            #expect(result.code == 65)
            #expect(result.errLines.count == 1)
            #expect(result.err.contains(language == "fr" ? "plus récent" : "newer"), "\(result.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: buyin.database)) == original)
    }

    @Test func readOnlyFileAndFolder() throws {
        let buyin = Buyin.withStakeholder()
        chmod(buyin.database, 0o400)
        let refused = buyin.run(["goal", "add", "Grow"])
        #expect(refused.code == 74, "\(refused.err)")
        #expect(refused.errLines.count == 1)
        #expect(refused.err.contains("read-only"))
        let readable = buyin.run(["status"])
        #expect(readable.code == 0, "reading still works: \(readable.err)")
        chmod(buyin.database, 0o600)
        let folder = buyin.folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o500)
        defer { chmod(folder.path, 0o700) }
        let create = buyin.run(["start", "Idea", "--why", "x", "--db", folder.appendingPathComponent("new.sqlite").path])
        #expect(create.code == 73, "\(create.err)")
        #expect(create.errLines.count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.sqlite").path))
    }

    /// A full disk, simulated without root by a file-size limit (`ulimit -f`) on the writer.
    @Test func fullDiskWritesNothingHalfWay() throws {
        let buyin = Buyin.withStakeholder()
        let before = try buyin.json(["meeting", "list"]) as! [Any]
        // 100 kB of notes (under the kernel's 128 kB limit for one argument) against a 40-block limit.
        let note = String(repeating: "A long private note. ", count: 5_000)
        let shell = buyin.launchShell("ulimit -f 40; exec \"$0\" meeting log Margaret --note \"$1\"", arguments: [Buyin.binary.path, note])
        let result = shell.finish()
        #expect(result.code == 74, "\(result.code) \(result.err)")
        #expect(result.errLines.count == 1)
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).count == before.count, "nothing half-written")
        #expect(Self.integrity(buyin) == "ok")
    }

    /// A database from before the schema version was stamped in the header gets the stamp, and
    /// keeps its records.
    @Test func olderFileIsStampedWithTheSchemaVersion() throws {
        let buyin = Buyin.withStakeholder()
        buyin.sqlite("PRAGMA user_version = 0;")
        #expect(buyin.run(["status"]).code == 0)
        // The stamp is the number of migrations run.
        let migrations = buyin.sqlite("SELECT count(*) FROM grdb_migrations;").out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(buyin.sqlite("PRAGMA user_version;").out.trimmingCharacters(in: .whitespacesAndNewlines) == migrations)
        #expect(buyin.run(["stakeholder", "list"]).out.contains("Margaret Lindqvist"))
    }

    /// Output that cannot be written (here to /dev/full) is a failure, not a silent success.
    @Test func unwritableOutputIsAnError() throws {
        let buyin = Buyin.withStakeholder()
        for language in ["en", "fr"] {
            let result = buyin.launchShell("exec \"$0\" brief --lang \"$1\" > /dev/full", arguments: [Buyin.binary.path, language]).finish()
            #expect(result.code == 74, "\(result.code) \(result.err)")
            #expect(result.errLines.count == 1)
            #expect(result.err.contains(language == "en" ? "could not write the output" : "impossible d’écrire la sortie"))
        }
    }

    /// A value edited by hand into the file that buyin cannot read back: one line, not a crash.
    @Test func unreadableStoredValueIsAnError() throws {
        let buyin = Buyin.withStakeholder()
        buyin.sqlite("UPDATE campaign SET createdOn = '2026/13/45'")
        for arguments in [["status"], ["campaign", "list"], ["brief"]] {
            let result = buyin.run(arguments)
            #expect(result.code == 74, "\(arguments): \(result.code) \(result.err)")
            #expect(result.errLines.count == 1)
            #expect(result.err.contains("damaged"))
        }
    }

    @Test func filesAreOwnerOnly() throws {
        let buyin = Buyin()
        let database = buyin.folder.appendingPathComponent("data/buyin/buyin.sqlite").path
        buyin.run(["start", "Idea", "--why", "x", "--db", database], expect: 0)
        buyin.run(["brief", "--output", "brief.md", "--db", database], expect: 0)
        #expect(permissions(of: database) == 0o600)
        #expect(permissions(of: buyin.folder.appendingPathComponent("data/buyin").path) == 0o700)
        #expect(permissions(of: buyin.folder.appendingPathComponent("brief.md").path) == 0o600)
    }

    /// Random words, flags, dates, unicode, very long strings and control characters: never a
    /// crash, never an exit code outside 0 and 64–78, and every failure one line.
    @Test func randomArgumentLines() throws {
        let buyin = Buyin.withStakeholder()
        // Two folders down: `../../etc/passwd` stays inside the test's folder (see GrammarFuzzTests).
        let here = buyin.folder.appendingPathComponent("fuzz/here")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        let count = Int(ProcessInfo.processInfo.environment["BUYIN_FUZZ_LINES"] ?? "") ?? 10_000
        var generator = SeededGenerator(seed: 20261122)
        let words = ["start", "why", "goal", "add", "list", "campaign", "show", "use", "status", "stakeholder", "edit", "meeting", "log",
                     "followups", "done", "objection", "answer", "resolve", "accept", "reopen", "win", "announce", "metric", "decision",
                     "approved", "declined", "deferred", "brief", "help", "Margaret", "Marg", "1", "0", "-1", "99999999999999999999"]
        let flags = ["--json", "--date", "--due", "--after", "--before", "--channel", "--influence", "--interest", "--target", "--format",
                     "--lang", "--campaign", "--with", "--kind", "--category", "--from", "--meeting", "--note", "--quote", "--shared-quote",
                     "--summary", "--confirmed", "--open", "--all", "--force", "--template", "--why", "--decide-by", "--stakeholder", "-h",
                     "--version", "--", "--unknown"]
        let values = ["2026-11-22", "2026-13-45", "31/02/2026", "today", "hier", "aujourd'hui", "sceptique", "skeptic", "visio", "9", "fr",
                      "en", "de", "html", "json", "markdown", "coût", "", " ", "Zoë Ødegård 🎉", "日本語のテキスト", "\u{7}\u{1B}[31m", "tab\there",
                      "new\nline", "\u{202E}reversed", String(repeating: "x", count: 5000), "%@ %1$@ %d %s", "{{title}}", "<script>", "../../etc/passwd"]
        var failures: [String] = []
        var index = 0
        while index < count {
            let batch = (0..<min(8, count - index)).map { _ -> [String] in
                var arguments: [String] = []
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: arguments.append(words.randomElement(using: &generator)!)
                    case 1: arguments.append(flags.randomElement(using: &generator)!)
                    default: arguments.append(values.randomElement(using: &generator)!)
                    }
                }
                // Never overwrite files outside the test folder, never wait on an editor.
                return arguments.filter { $0 != "--template" }
            }
            let running = batch.map { buyin.launch($0, extraEnvironment: ["EDITOR": "true", "VISUAL": "true"], in: here) }
            for (arguments, process) in zip(batch, running) {
                let result = process.finish()
                let codeOK = result.code == 0 || (64...78).contains(result.code)
                let linesOK = result.code == 0 || result.errLines.count == 1
                if !codeOK || !linesOK { failures.append("\(arguments) → \(result.code): \(result.err.prefix(300))") }
            }
            index += batch.count
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(Self.integrity(buyin) == "ok")
    }
}

/// A small deterministic generator, so that a failing argument line can be found again.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
