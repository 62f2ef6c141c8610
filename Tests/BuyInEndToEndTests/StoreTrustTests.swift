import BuyInTestSupport
import Foundation
import Testing

/// The database file itself: created whole or not at all, never taken from someone else, never
/// written over by an export, never poisoned by the clock.
@Suite struct StoreTrustTests {
    static func count(_ buyin: Buyin, _ sql: String, on path: String? = nil) -> String {
        buyin.sqlite(sql, on: path).out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func tenProcessesStartingOnANewPathAllSucceed() throws {
        for attempt in 0..<5 {
            let buyin = Buyin()
            let path = buyin.folder.appendingPathComponent("new/team.sqlite").path
            let running = (0..<10).map { buyin.launch(["start", "Idea \(attempt)-\($0)", "--why", "x", "--db", path]) }
            let results = running.map { $0.finish() }
            #expect(results.allSatisfy { $0.code == 0 }, "\(results.map { "\($0.code) \($0.err)" })")
            let campaigns = try buyin.json(["campaign", "list", "--db", path]) as? [Any]
            #expect(campaigns?.count == 10)
        }
    }

    /// kill -9 at any moment of the very first run leaves either no file or a whole database.
    @Test func firstRunKilledAtAnyMomentLeavesNothingHalfMade() throws {
        let buyin = Buyin()
        var killed = 0
        for attempt in 0..<60 {
            let path = buyin.folder.appendingPathComponent("first-\(attempt).sqlite").path
            let running = buyin.launch(["start", "Idea", "--why", "x", "--db", path])
            usleep(UInt32(attempt % 20) * 1_500)
            if running.process.isRunning {
                kill(running.process.processIdentifier, SIGKILL)
                killed += 1
            }
            _ = running.finish()
            let status = buyin.run(["status", "--db", path])
            #expect([0, 66].contains(status.code), "attempt \(attempt): \(status.code) \(status.err)")
            let again = buyin.run(["start", "Idea again", "--why", "x", "--db", path])
            #expect(again.code == 0, "attempt \(attempt): \(again.err)")
        }
        #expect(killed > 0)
    }

    /// What an older buyin left when killed during its first run is completed, not refused.
    @Test func halfCreatedFilesFromOlderVersionsAreCompleted() throws {
        let buyin = Buyin()
        let empty = buyin.folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data(), attributes: [.posixPermissions: 0o600]))
        #expect(FileManager.default.createFile(atPath: empty + "-journal", contents: Data(), attributes: [.posixPermissions: 0o600]))
        let read = buyin.run(["status", "--db", empty])
        #expect(read.code == 66, "\(read.err)")
        #expect(read.err.contains(empty))
        #expect(buyin.run(["start", "Idea", "--why", "x", "--db", empty]).code == 0)
        #expect(buyin.run(["status", "--db", empty]).code == 0)

        let migrationsOnly = buyin.folder.appendingPathComponent("migrations-only.sqlite").path
        buyin.sqlite("CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);", on: migrationsOnly)
        let started = buyin.run(["start", "Idea", "--why", "x", "--db", migrationsOnly])
        #expect(started.code == 0, "\(started.err)")
        #expect(buyin.run(["status", "--db", migrationsOnly]).code == 0)
    }

    /// Commands that only read never create a database, and never touch a file that is not one.
    @Test(arguments: [["status"], ["campaign", "list"], ["meeting", "list"], ["stakeholder", "show", "X"], ["brief"], ["decision", "show"]])
    func readOnlyCommandsNeverCreateOrOverwrite(arguments: [String]) throws {
        let buyin = Buyin()
        let missing = buyin.folder.appendingPathComponent("nowhere/buyin.sqlite").path
        let none = buyin.run(arguments + ["--db", missing])
        #expect(none.code == 66, "\(none.err)")
        #expect(none.errLines.count == 1)
        #expect(none.err.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(!FileManager.default.fileExists(atPath: (missing as NSString).deletingLastPathComponent))

        let unrelated = buyin.folder.appendingPathComponent("notes.txt").path
        #expect(FileManager.default.createFile(atPath: unrelated, contents: Data("x".utf8)))
        for command in [arguments, ["start", "Idea", "--why", "x"]] {
            let result = buyin.run(command + ["--db", unrelated])
            #expect(result.code == 74, "\(command): \(result.err)")
            #expect(result.errLines.count == 1)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: unrelated)) == Data("x".utf8), "the file is left as it was")
    }

    @Test func backupNeverLandsOnTheLiveDatabase() throws {
        let buyin = Buyin.withStakeholder()
        let database = buyin.database
        try FileManager.default.createSymbolicLink(atPath: buyin.folder.appendingPathComponent("link.sqlite").path, withDestinationPath: database)
        let targets = [database, "buyin.sqlite", "./buyin.sqlite-wal", database + "-shm", database + "-journal", "link.sqlite",
                       "../" + buyin.folder.lastPathComponent + "/buyin.sqlite"]
        // Writers run all along: not one reported write may vanish.
        let writers = (0..<20).map { buyin.launch(["objection", "add", "Objection \($0)", "--from", "Margaret"]) }
        for target in targets {
            for command in [["backup", target, "--force"], ["brief", "--output", target, "--force"]] {
                let result = buyin.run(command)
                #expect(result.code == 73, "\(command): \(result.code) \(result.err)")
                #expect(result.errLines.count == 1)
            }
        }
        let reported = writers.map { $0.finish() }.filter { $0.code == 0 }.count
        #expect(reported == 20)
        #expect(Self.count(buyin, "SELECT count(*) FROM objection;") == "20")
        #expect(Self.count(buyin, "PRAGMA integrity_check;") == "ok")
    }

    /// Devices, pipes and standard output are written to, never replaced by a file.
    @Test func streamsAreWrittenToNotReplaced() throws {
        let buyin = Buyin.withStakeholder()
        let fifo = buyin.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = buyin.launchShell("cat \"$0\"", arguments: [fifo])
        // Both at once: the reader must drain the pipe while the backup fills it.
        let writer = buyin.launch(["backup", fifo, "--force"])
        let received = reader.finish()
        let written = writer.finish()
        #expect(written.code == 0, "\(written.err)")
        #expect(received.out.hasPrefix("SQLite format 3"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a pipe")

        let dash = buyin.run(["brief", "--output", "-"])
        #expect(dash.code == 0)
        #expect(dash.out.hasPrefix("# "))
        #expect(!FileManager.default.fileExists(atPath: buyin.folder.appendingPathComponent("-").path))
        let stdout = buyin.launchShell("exec \"$0\" backup /dev/stdout --force > copy.sqlite", arguments: [Buyin.binary.path]).finish()
        #expect(stdout.code == 0, "\(stdout.err)")
        #expect(Self.count(buyin, "SELECT name FROM stakeholder;", on: buyin.folder.appendingPathComponent("copy.sqlite").path) == "Margaret Lindqvist")
        // As root this would once have turned /dev/null into a file holding every note.
        #expect(buyin.run(["backup", "/dev/null", "--force"]).code == 0)
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func loosePermissionsAreTightened() throws {
        let buyin = Buyin.withStakeholder()
        chmod(buyin.database, 0o644)
        buyin.sqlite("PRAGMA journal_mode;") // leaves the logs as SQLite makes them
        #expect(buyin.run(["goal", "add", "Grow"]).code == 0)
        #expect(permissions(of: buyin.database) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: buyin.database + suffix) {
            #expect((permissions(of: buyin.database + suffix) ?? 0) & 0o077 == 0, "\(suffix)")
        }
    }

    @Test(arguments: ["en", "fr"])
    func sharedFolderOrForeignFileIsRefused(language: String) throws {
        let buyin = Buyin(language: language)
        let shared = buyin.folder.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        chmod(shared.path, 0o777)
        let path = shared.appendingPathComponent("buyin.sqlite").path
        let refused = buyin.run(["start", "Idea", "--why", "x", "--db", path])
        #expect(refused.code == 77, "\(refused.err)")
        #expect(refused.errLines.count == 1)
        #expect(refused.err.contains(path))
        #expect(refused.err.contains("BUYIN_ALLOW_SHARED=1"))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(refused.err.contains("chmod 700"), "a folder of one's own can be made private")
        let allowed = buyin.run(["start", "Idea", "--why", "x", "--db", path], extraEnvironment: ["BUYIN_ALLOW_SHARED": "1"])
        #expect(allowed.code == 0, "\(allowed.err)")

        // A folder every user shares, as /tmp is (sticky): nobody should chmod it; the advice is
        // a private folder instead.
        let system = buyin.folder.appendingPathComponent("system")
        try FileManager.default.createDirectory(at: system, withIntermediateDirectories: true)
        chmod(system.path, 0o1777)
        let inSystem = buyin.run(["start", "Idea", "--why", "x", "--db", system.appendingPathComponent("buyin.sqlite").path])
        #expect(inSystem.code == 77, "\(inSystem.err)")
        #expect(inSystem.errLines.count == 1)
        #expect(!inSystem.err.contains("chmod"), "\(inSystem.err)")
        #expect(inSystem.err.contains("~/.local/share/buyin"))

        // A database planted by another user (only root can make one here).
        guard geteuid() == 0 else { return }
        let planted = buyin.folder.appendingPathComponent("planted.sqlite").path
        #expect(buyin.run(["start", "Idea", "--why", "x", "--db", planted]).code == 0)
        chown(planted, 65534, 65534)
        let foreign = buyin.run(["meeting", "list", "--db", planted])
        #expect(foreign.code == 77, "\(foreign.err)")
        #expect(foreign.errLines.count == 1)
    }

    @Test(arguments: ["en", "fr"])
    func aClockOutsideTheRecordableYearsIsRefused(language: String) throws {
        let buyin = Buyin(language: language)
        for epoch in ["253402300800", "-62135596801", "99999999999999999999", "yesterday"] {
            let result = buyin.run(["start", "Idea", "--why", "x"], extraEnvironment: ["SOURCE_DATE_EPOCH": epoch])
            #expect(result.code == 78, "\(epoch): \(result.err)")
            #expect(result.errLines.count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: buyin.database))
        // The last day buyin can record works, and "tomorrow" past it is refused, not stored.
        let last = buyin.run(["start", "Idea", "--why", "x"], extraEnvironment: ["SOURCE_DATE_EPOCH": "253402257600"])
        #expect(last.code == 0, "\(last.err)")
        let tomorrow = buyin.run(["win", "add", "x", "--date", language == "fr" ? "demain" : "tomorrow"],
                                 extraEnvironment: ["SOURCE_DATE_EPOCH": "253402257600"])
        #expect(tomorrow.code == 65)
        #expect(buyin.run(["status"]).code == 0, "nothing unreadable was stored")
    }

    @Test func temporaryFilesWithPrivateTextDoNotOutliveTheirRun() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["meeting", "log", "Margaret", "--note", "Private: the board wants cuts"], expect: 0)
        // A backup killed while writing leaves its temporary copy; the next backup sweeps it.
        let stale = buyin.folder.appendingPathComponent(".copy.sqlite.999999.tmp").path
        #expect(FileManager.default.createFile(atPath: stale, contents: Data("Private: the board wants cuts".utf8)))
        #expect(buyin.run(["backup", "copy.sqlite"]).code == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))

        // Stopped while the editor is open: the draft with its notes goes too.
        let drafts = buyin.folder.appendingPathComponent("buyin-\(geteuid())").path
        for signalNumber in [SIGTERM, SIGHUP] {
            let editing = buyin.launch(["meeting", "log", "Margaret", "--edit"], extraEnvironment: ["EDITOR": "sleep 5"])
            var draftSeen = false
            for _ in 0..<100 where !draftSeen {
                usleep(20_000)
                draftSeen = ((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).contains { $0.hasPrefix("draft-") }
            }
            #expect(draftSeen)
            kill(editing.process.processIdentifier, signalNumber)
            _ = editing.finish()
            let left = (try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []
            #expect(left.filter { $0.hasPrefix("draft-") }.isEmpty, "\(signalNumber): \(left)")
        }
    }

    @Test(arguments: ["en", "fr"])
    func unreadableEditorTextAndBadHomeAreOneLine(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        let script = buyin.folder.appendingPathComponent("latin1-editor.sh").path
        try "#!/bin/sh\nprintf '[summary]\\n\\351t\\351\\n' > \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o700)
        let edited = buyin.run(["meeting", "log", "Margaret", "--edit"], extraEnvironment: ["EDITOR": script])
        #expect(edited.code == 65, "\(edited.err)")
        #expect(edited.errLines.count == 1)
        #expect(!edited.err.contains("NSCocoaErrorDomain") && !edited.err.contains("internal"))

        let file = buyin.folder.appendingPathComponent("home-is-a-file").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        for variables in [["HOME": file, "BUYIN_DB": ""], ["XDG_DATA_HOME": file, "BUYIN_DB": ""]] {
            let result = buyin.run(["start", "Idea", "--why", "x"], extraEnvironment: variables)
            #expect(result.code == 73, "\(variables): \(result.err)")
            #expect(result.errLines.count == 1)
            #expect(result.err.contains(file))
            #expect(!result.err.contains("NSCocoaErrorDomain") && !result.err.contains("internal"))
        }
    }

    @Test(arguments: ["en", "fr"])
    func aLaterDecisionKeepsTheEarlierOnesLessons(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        #expect(buyin.run(["decision", "declined", "--reason", "No budget in Q4", "--lessons", "Bring the CFO in earlier"]).code == 0)
        #expect(buyin.run(["decision", "approved", "--reason", "Pilot numbers"]).code == 0)
        let shown = buyin.run(["decision", "show"]).out
        #expect(shown.contains("Pilot numbers"))
        #expect(shown.contains("Bring the CFO in earlier"))
        let history = try buyin.json(["decision", "show"]) as! [String: Any]
        #expect((history["latest"] as? [String: Any])?["outcome"] as? String == "approved")
        #expect(((history["earlier"] as? [[String: Any]])?.first)?["lessons"] as? String == "Bring the CFO in earlier")
        let campaigns = try buyin.json(["campaign", "list"]) as! [[String: Any]]
        #expect(campaigns.first?["decision"] as? String == "approved")
        for format in ["markdown", "html"] {
            let brief = buyin.run(["brief", "--format", format]).out
            #expect(brief.contains("Pilot numbers"))
            #expect(brief.contains("Bring the CFO in earlier"), "\(format)")
        }
    }

    /// A database made before decisions had a history keeps its decision.
    @Test func decisionOfAnOlderDatabaseIsKept() throws {
        let buyin = Buyin.withStakeholder()
        buyin.sqlite("""
            DROP TABLE decision;
            CREATE TABLE decision (campaignId INTEGER PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE, outcome TEXT NOT NULL,
              day TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', lessons TEXT NOT NULL DEFAULT '', nextAttempt TEXT NOT NULL DEFAULT '');
            INSERT INTO decision VALUES (1, 'deferred', '2026-11-01', 'Wait for Q1', 'Numbers first', '');
            DELETE FROM grdb_migrations WHERE identifier = 'v2-decision-history';
            PRAGMA user_version = 1;
            """)
        let history = try buyin.json(["decision", "show"]) as! [String: Any]
        #expect((history["latest"] as? [String: Any])?["lessons"] as? String == "Numbers first")
    }
}
