import BuyInTestSupport
import Foundation
import Testing

/// The team store tried as a colleague with psql, or a careless one with buyin, would try it:
/// Alice's private notes never reach Bob, by any road, and Bob can neither change nor remove them.
@Suite(.enabled(if: TeamDatabase.isAvailable)) struct TeamTrustTests {
    static let aliceNote = "ALICE-NOTE-4417 the board wants cuts"
    static let aliceQuote = "ALICE-QUOTE-9038 over my dead body"

    /// A team with an administrator, Alice and Bob; Alice's campaign holds a meeting with her
    /// private note, private quote and a shareable quote; Bob works on the same campaign.
    struct Team {
        let server: TeamDatabase
        let admin: Buyin, alice: Buyin, bob: Buyin
        let aliceRole: String, bobRole: String

        init(language: String = "en") throws {
            server = try TeamDatabase()
            admin = Buyin(language: language, team: server)
            admin.run(["team", "init"], expect: 0)
            (aliceRole, bobRole) = (server.role("alice"), server.role("bob"))
            admin.run(["team", "add", aliceRole], expect: 0)
            admin.run(["team", "add", bobRole], expect: 0)
            alice = Buyin(language: language, team: server, role: aliceRole)
            bob = Buyin(language: language, team: server, role: bobRole)
            alice.run(["start", "Idea", "--why", "x"], expect: 0)
            alice.run(["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO"], expect: 0)
            alice.run(["goal", "add", "Grow pipeline", "--baseline", "1800", "--target", "2400"], expect: 0)
            alice.run(["metric", "add", "Leads", "1200"], expect: 0)
            alice.run(["meeting", "log", "Margaret", "--summary", "Pilot numbers", "--note", TeamTrustTests.aliceNote,
                       "--quote", TeamTrustTests.aliceQuote, "--shared-quote", "Show me the pipeline",
                       "--next", "Send the quote", "--due", "2026-11-30"], expect: 0)
            alice.run(["objection", "add", "Too expensive", "--from", "Margaret", "--meeting", "1"], expect: 0)
            alice.run(["win", "add", "CFO agreed to a pilot", "--with", "Margaret"], expect: 0)
            alice.run(["option", "add", "Full programme", "--cost", "50", "--unit", "k€", "--recommended"], expect: 0)
            bob.run(["campaign", "use", "idea"], expect: 0)
        }

        /// What Alice wrote is still there, whole and once: her note, her private quote, her shareable one.
        func alicesRowsAreWhole(sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(try server.psql("SELECT string_agg(text, '|') FROM meetingNote", as: aliceRole) == TeamTrustTests.aliceNote,
                    sourceLocation: sourceLocation)
            #expect(try server.psql("SELECT string_agg(text, '|' ORDER BY id) FROM meetingQuote", as: aliceRole)
                    == "\(TeamTrustTests.aliceQuote)|Show me the pipeline", sourceLocation: sourceLocation)
        }
    }

    /// Every command Bob can run, every format: never Alice's private text; and whatever he
    /// tries to change or delete, her rows stay as she wrote them.
    @Test func theSecondMemberWalksEveryCommandAndSeesNothingPrivate() throws {
        let team = try Team()
        let bob = team.bob
        var outputs: [(String, Buyin.Result)] = []
        for command in try OutputTrustTests.commands() {
            let arguments = command.path + command.positionals.map(OutputTrustTests.value)
            // Commands that change or remove the record come after the reading walk.
            if ["delete", "merge", "remove", "rename", "import", "log", "edit", "init", "add", "start", "use", "archive", "restore"].contains(command.path.last ?? "") { continue }
            outputs.append((arguments.joined(separator: " "), bob.run(arguments, extraEnvironment: ["EDITOR": "true"])))
            if command.json { outputs.append((arguments.joined(separator: " ") + " --json", bob.run(arguments + ["--json"]))) }
        }
        for format in ["markdown", "html", "json", "email"] { outputs.append(("brief \(format)", bob.run(["brief", "--format", format]))) }
        let word = bob.folder.appendingPathComponent("bob.docx").path
        bob.run(["brief", "--format", "docx", "--output", word], expect: 0)
        outputs.append(("brief docx", Buyin.Result(out: try WordBriefTests.everything(bob, word), err: "", code: 0)))
        for line in [["meeting", "show", "1"], ["meeting", "show", "1", "--json"], ["search", "ALICE", "--private"], ["search", "board"],
                     ["status"], ["win", "announce"], ["followups"], ["calendar"], ["stakeholder", "show", "Margaret"]] {
            outputs.append((line.joined(separator: " "), bob.run(line)))
        }
        let exported = bob.folder.appendingPathComponent("bob.json").path
        outputs.append(("export", bob.run(["export", exported], expect: 0)))
        let exportedText = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(exportedText.contains("Show me the pipeline") && exportedText.contains("Pilot numbers"))
        outputs.append(("export file", Buyin.Result(out: exportedText, err: "", code: 0)))
        #expect(outputs.count > 30, "the walk found the commands")
        for (name, result) in outputs {
            let text = result.out + result.err
            #expect(!text.contains("ALICE-NOTE") && !text.contains("ALICE-QUOTE"), "\(name)")
        }

        // Bob's attempts to change or remove them: each refused, or leaving them untouched.
        let edits: [[String]] = [["meeting", "edit", "1", "--edit"], ["meeting", "edit", "1", "--edit"],
                                 ["meeting", "edit", "1", "--summary", "Changed by Bob"], ["meeting", "edit", "1", "--stakeholder", "Margaret"]]
        for edit in edits { bob.run(edit, extraEnvironment: ["EDITOR": "true"], expect: 0) }
        for deletion in [["meeting", "delete", "1"], ["stakeholder", "delete", "Margaret", "--yes"], ["campaign", "delete", "idea", "--yes"]] {
            let refused = bob.run(deletion)
            #expect(refused.code == 77 && refused.errLines.count == 1, "\(deletion): \(refused.code) \(refused.err)")
            #expect(refused.err.contains("another team member"), "\(refused.err)")
        }
        bob.run(["import", exported], expect: 65)
        // By hand, as Bob: the server refuses the meeting's deletion and hides the rows from his.
        #expect(throws: TeamDatabase.PsqlFailure.self) { try team.server.psql("DELETE FROM meeting", as: team.bobRole) }
        try team.server.psql("UPDATE meetingQuote SET text = 'Bob was here'; DELETE FROM meetingQuote; DELETE FROM meetingNote", as: team.bobRole)
        try team.alicesRowsAreWhole()
        let alicesView = team.alice.run(["meeting", "show", "1"], expect: 0).out
        #expect(alicesView.contains(Self.aliceNote) && alicesView.contains(Self.aliceQuote) && alicesView.contains("Changed by Bob"))
    }

    /// Bob's edit in `$EDITOR` shows Alice's shareable quote; saving it, twice, adds no copy.
    @Test func anEditByAnotherMemberCopiesNoQuote() throws {
        let team = try Team()
        for _ in 0..<2 { team.bob.run(["meeting", "edit", "1", "--edit"], extraEnvironment: ["EDITOR": "true"], expect: 0) }
        #expect(try team.server.psql("SELECT count(*) FROM meetingQuote") == "2")
        let brief = team.bob.run(["brief"], expect: 0).out
        #expect(brief.components(separatedBy: "Show me the pipeline").count == 2, "the quote once: \(brief)")
        // Bob's own quotes still change as he asks.
        team.bob.run(["meeting", "edit", "1", "--shared-quote", "Bob heard this"], expect: 0)
        team.bob.run(["meeting", "edit", "1", "--edit"], extraEnvironment: ["EDITOR": "sed -i /Bob.heard.this/d"], expect: 0)
        #expect(try team.server.psql("SELECT string_agg(text, '|' ORDER BY id) FROM meetingQuote WHERE isShareable") == "Show me the pipeline")
        try team.alicesRowsAreWhole()
    }

    /// Alice deletes what is hers alone; a meeting holding Bob's note she cannot delete, and
    /// is told why in her language; once Bob has cleared it, she can.
    @Test(arguments: ["en", "fr"])
    func aMeetingGoesOnlyWhenNothingHiddenGoesWithIt(language: String) throws {
        let team = try Team(language: language)
        team.alice.run(["meeting", "log", "Margaret", "--summary", "Second", "--note", "mine"], expect: 0)
        team.alice.run(["meeting", "delete", "2"], expect: 0)
        team.bob.run(["meeting", "edit", "1", "--note", "BOB-NOTE"], expect: 0)
        let refused = team.alice.run(["meeting", "delete", "1"])
        #expect(refused.code == 77 && refused.errLines.count == 1, "\(refused.err)")
        #expect(refused.err.contains(language == "fr" ? "un autre membre" : "another team member"), "\(refused.err)")
        try team.alicesRowsAreWhole()
        team.bob.run(["meeting", "edit", "1", "--edit"], extraEnvironment: ["EDITOR": "sed -i /BOB-NOTE/d"], expect: 0)
        team.alice.run(["meeting", "delete", "1"], expect: 0)
        #expect(try team.server.psql("SELECT count(*) FROM meetingNote") == "0")
    }

    /// The planner's estimates say nothing of Alice's notes to Bob: no statistics are kept on any
    /// column of a table with row-level security, now or after ANALYZE, and a store made before
    /// loses those it had.
    @Test func planEstimatesTellNothingOfHiddenRows() throws {
        let team = try Team()
        try team.server.psql("""
            INSERT INTO meetingNote(meetingId, text, createdBy) SELECT 1, 'A-note-' || g, '\(team.aliceRole)' FROM generate_series(1000, 3000) g;
            INSERT INTO meetingNote(meetingId, text, createdBy) SELECT 1, 'B-note-' || g, '\(team.bobRole)' FROM generate_series(1000, 3000) g;
            ANALYZE
            """)
        func estimate(_ bound: String) throws -> String {
            let plan = try team.server.psql("EXPLAIN SELECT * FROM meetingNote WHERE text < '\(bound)'", as: team.bobRole)
            return String(plan.split(separator: " ").first { $0.hasPrefix("rows=") } ?? "")
        }
        #expect(try estimate("A-note-1") == estimate("A-note-2"))
        #expect(try estimate("A-note-2") == estimate("A-note-3"))
        let gathered = "SELECT count(*) FROM pg_stats WHERE tablename IN ('meetingnote', 'meetingquote', 'setting')"
        #expect(try team.server.psql(gathered) == "0")
        // Every column of every table under row-level security, whatever a later migration adds.
        #expect(try team.server.psql("""
            SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relrowsecurity AND a.attnum > 0 AND NOT a.attisdropped AND a.attstattarget <> 0
            """) == "0")
        #expect(try team.server.psql("SELECT count(*) FROM pg_class WHERE relrowsecurity") == "3")

        // A store from before: statistics gathered, then buyin brings it up to date.
        try team.server.psql("""
            DELETE FROM buyin_migration WHERE name = 'team-1-private-rows';
            ALTER TABLE meetingNote ALTER COLUMN text SET STATISTICS -1, ALTER COLUMN createdBy SET STATISTICS -1;
            ANALYZE meetingNote
            """)
        #expect(try team.server.psql(gathered) != "0")
        // A member cannot bring the tables up to date: they are told who can, and nothing changes.
        let member = team.bob.run(["status"])
        #expect(member.code == 77 && member.errLines.count == 1 && member.err.contains("team init"), "\(member.err)")
        #expect(try team.server.psql(gathered) != "0")
        team.admin.run(["status"], expect: 0)
        #expect(try team.server.psql(gathered) == "0")
        #expect(try estimate("A-note-1") == estimate("A-note-2"))
    }

    /// A store from before the foreign-key indexes: its members keep working without them, and
    /// the owner's next run of buyin adds them (a member may not create an index).
    @Test func indexesWaitForTheOwnerAndStopNoMember() throws {
        let team = try Team()
        let indexes = #"SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename NOT IN ('influence', 'ideachange', 'stancechange') AND indexname LIKE 'index\_%\_on\_%'"#
        #expect(try team.server.psql(indexes) == "15")
        try team.server.psql(#"""
            DELETE FROM buyin_migration WHERE name = 'team-2-foreign-key-indexes';
            DO $$ DECLARE i record; BEGIN
                FOR i IN SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename NOT IN ('influence', 'ideachange', 'stancechange')
                         AND indexname LIKE 'index\_%\_on\_%' LOOP
                    EXECUTE 'DROP INDEX ' || quote_ident(i.indexname);
                END LOOP;
            END $$
            """#)
        #expect(try team.server.psql(indexes) == "0")
        let listed = team.bob.run(["meeting", "list"], expect: 0)
        #expect(listed.out.contains("Margaret Lindqvist") && listed.err.isEmpty, "\(listed.err)")
        team.alice.run(["win", "add", "Sales on board"], expect: 0)
        #expect(try team.server.psql(indexes) == "0")
        team.admin.run(["status"], expect: 0)
        #expect(try team.server.psql(indexes) == "15")
        #expect(try team.server.psql("SELECT count(*) FROM buyin_migration WHERE name = 'team-2-foreign-key-indexes'") == "1")
    }

    /// Every form libpq reads is a server, never a file named after it; no password is printed.
    @Test func everyAddressFormIsAServerAndNoPasswordIsPrinted() throws {
        let team = try TeamDatabase()
        let admin = try #require(URLComponents(string: TeamDatabase.adminURL ?? ""))
        let socket = admin.queryItems?.first { $0.name == "host" }?.value ?? "/tmp"
        let port = admin.queryItems?.first { $0.name == "port" }?.value ?? "5432"
        let buyin = Buyin()
        let keyword = "host=\(socket) port=\(port) dbname=\(team.name) user=postgres password=s3cret-keyword"
        let upper = team.url().replacingOccurrences(of: "postgresql://", with: "POSTGRESQL://")
        buyin.run(["start", "Idea", "--why", "x", "--db", keyword], expect: 0)
        buyin.run(["status", "--db", upper], expect: 0)
        buyin.run(["status", "--db", team.url().replacingOccurrences(of: "postgresql://", with: "Postgres://")], expect: 0)
        #expect(try team.psql("SELECT count(*) FROM campaign") == "1")
        let files = try FileManager.default.contentsOfDirectory(atPath: buyin.folder.path)
        #expect(!files.contains { $0.contains("s3cret") || $0.contains("host=") }, "\(files)")

        let role = team.role("dana")
        try team.psql("CREATE ROLE \(role) LOGIN PASSWORD 'right-one'")
        for (address, secret) in [("postgresql://\(role):wr%zzong-pw@127.0.0.1:\(port)/\(team.name)", "zzong-pw"),
                                  ("postgresql://\(role):wrong-pw@127.0.0.1:\(port)/\(team.name)", "wrong-pw"),
                                  ("host=127.0.0.1 port=\(port) dbname=\(team.name) user=\(role) password='wrong pw'", "wrong pw"),
                                  ("host=127.0.0.1 port=\(port) dbname=nowhere_\(team.name.suffix(4)) user=\(role) password=right-one", "right-one")] {
            for arguments in [["status"], ["start", "Idea", "--why", "x"], ["meeting", "list"]] {
                let result = buyin.run(arguments + ["--db", address])
                #expect(result.code != 0)
                #expect(!(result.out + result.err).contains(secret), "\(arguments): \(result.err)")
            }
        }
        let missing = buyin.run(["status", "--db", "postgresql://postgres@/nowhere_db?host=\(socket)&port=\(port)"])
        #expect(missing.code == 66 && missing.errLines.count == 1 && missing.err.contains("no such database"), "\(missing.err)")
        let french = buyin.run(["status", "--lang", "fr", "--db", "postgresql://\(role):wrong-pw@127.0.0.1:\(port)/\(team.name)"])
        #expect(french.code == 77 && french.err.contains("mot de passe incorrect") && !french.err.contains("authentication failed"),
                "\(french.err)")
    }

    /// `team init` and `team add` by a member who does not own the tables: refused in one line.
    @Test func onlyTheOwnerSetsTheTeamUp() throws {
        let team = try Team()
        for command in [["team", "init"], ["team", "add", team.server.role("eve")]] {
            let refused = team.bob.run(command)
            #expect(refused.code == 77 && refused.errLines.count == 1 && refused.err.contains("owner"), "\(command): \(refused.err)")
        }
        #expect(try team.server.psql("SELECT count(*) FROM pg_roles WHERE rolname = '\(team.server.role("eve"))'") == "0")
    }
}
