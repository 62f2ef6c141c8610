import BuyInTestSupport
import Foundation
import Testing

/// The team store: the same commands on a PostgreSQL server, private notes kept from the rest
/// of the team by the server itself, many writers at once, and a server that goes away.
@Suite(.enabled(if: TeamDatabase.isAvailable)) struct TeamStoreTests {
    /// A whole journey, every step's output and every document, as a user reads it.
    static let journey: [[String]] = [
        ["start", "Social selling", "--why", "Buyers research vendors on LinkedIn", "--ask", "Approve €50k",
         "--decision-owner", "Hélène Marchand, CEO", "--decide-by", "2026-12-03"],
        ["why", "--how", "Train 25 reps", "--what", "A 12-month programme", "--if-not", "Competitors stay first"],
        ["goal", "add", "Grow pipeline", "--department", "Sales", "--kpi", "Pipeline", "--baseline", "1800", "--target", "2400", "--unit", "k€"],
        ["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO", "--influence", "5", "--stance", "skeptic", "--target", "supporter"],
        ["stakeholder", "add", "Hélène Marchand", "--role", "CEO", "--influence", "5", "--interest", "4"],
        ["stakeholder", "add", "Zoë Ødegård", "--influence", "2", "--stance", "supporter"],
        ["meeting", "log", "Margaret", "--date", "2026-11-10", "--channel", "video", "--after", "neutral", "--summary", "Pilot numbers",
         "--note", "Board pressure", "--quote", "Not this year", "--shared-quote", "Show me the pipeline", "--next", "Send the quote", "--due", "2026-11-30"],
        ["meeting", "log", "Hélène", "--date", "2026-11-12", "--after", "supporter", "--summary", "Strategy fit", "--outcome", "Wants the CFO on board"],
        ["objection", "add", "The tool costs too much", "--from", "Margaret", "--category", "cost", "--meeting", "1"],
        ["objection", "answer", "1", "25 seats instead of 40", "--confirmed"],
        ["objection", "add", "Sales has no time", "--from", "Hélène"],
        ["win", "add", "Margaret agreed to fund the pilot", "--with", "Margaret", "--kind", "commitment", "--date", "2026-11-15"],
        ["metric", "add", "Pilot leads", "1200", "--unit", "leads", "--source", "CRM"],
        ["option", "add", "Full programme", "--cost", "50", "--unit", "k€", "--return", "€600k pipeline", "--recommended"],
        ["option", "add", "Extend the pilot", "--cost", "14", "--unit", "k€", "--cons", "Misses kick-off"],
        // The first amount with a currency gave the campaign its own: a bare cost is in euros, a dollar one stays in dollars.
        ["option", "add", "Pilot in Boston", "--cost", "$30k"], ["option", "add", "Do it ourselves", "--cost", "9000"],
        ["metric", "add", "Pilot pipeline", "€142k"], ["option", "edit", "4", "--cost", "12 000"],
        // A hallway conversation: Zoë is neutral now, a dated step of her history on both stores.
        ["stakeholder", "edit", "Zoë", "--stance", "neutral", "--date", "2026-11-18"],
        ["followups"], ["followups", "done", "1"],
        ["status"], ["status", "--json"], ["meeting", "list"], ["meeting", "list", "--json"], ["meeting", "show", "1"],
        ["objection", "list"], ["objection", "list", "--open", "--json"], ["win", "list"], ["win", "announce"], ["metric", "list"],
        ["goal", "list", "--json"], ["option", "list"], ["option", "list", "--json"], ["why"], ["stakeholder", "list"], ["stakeholder", "show", "Margaret"],
        ["stakeholder", "map"], ["stakeholder", "map", "--json"],
        ["prep", "Margaret"], ["prep", "Margaret", "--private", "--json"], ["win", "digest"], ["stakeholder", "path", "Margaret"], ["search", "pilot"], ["search", "board", "--private"],
        ["campaign", "list"], ["calendar"],
        ["brief"], ["brief", "--format", "html"], ["brief", "--format", "json"],
        ["decision", "approved", "--reason", "Pilot numbers"], ["status"],
        ["stakeholder", "merge", "Zoë", "Hélène"], ["stakeholder", "list"],
        ["objection", "delete", "2"], ["campaign", "list", "--json"], ["brief"],
    ]

    static func outputs(of buyin: Buyin, language: String) -> [String] {
        journey.map { arguments in
            let result = buyin.run(arguments)
            // SQLite ranks search results by its full-text index, PostgreSQL by date: the same
            // results, in an order of each store's own.
            let out = arguments[0] == "search" ? result.out.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n").sorted().joined(separator: "\n\n") : result.out
            return "$ buyin \(arguments.joined(separator: " ")) [\(result.code)]\n\(out)\(result.err)"
        }
    }

    /// The same commands give the same output, byte for byte, on a file and on the team store.
    @Test(arguments: ["en", "fr"])
    func aJourneyReadsTheSameOnBothStores(language: String) throws {
        let file = Self.outputs(of: Buyin(language: language), language: language)
        let team = Self.outputs(of: Buyin(language: language, team: try TeamDatabase()), language: language)
        // Every step worked: the comparison is of real output, not of the same error twice.
        #expect(file.filter { !$0.contains(" [0]\n") }.isEmpty, "\(file.filter { !$0.contains(" [0]\n") })")
        for (sqlite, postgres) in zip(file, team) {
            #expect(sqlite == postgres)
        }
    }

    /// `demo --db` builds the sample on the server, as a member who may create nothing there,
    /// and leaves nothing behind: the same pre-read as from a temporary file.
    @Test(arguments: ["en", "fr"])
    func theDemoRunsOnTheServerAndLeavesNothing(language: String) throws {
        let team = try TeamDatabase()
        let member = team.role("newcomer")
        try team.psql("CREATE ROLE \(member) LOGIN")
        for format in ["markdown", "html"] {
            let onFile = Buyin(language: language).run(["demo", "--format", format], expect: 0)
            let onServer = Buyin(language: language).run(["demo", "--format", format, "--db", team.url(as: member)], expect: 0)
            #expect(onServer.out == onFile.out && onServer.out.count > 1000)
        }
        #expect(try team.psql("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')") == "0")
        let onAFile = Buyin(language: language).run(["demo", "--db", "team.sqlite"])
        #expect(onAFile.code == 64 && onAFile.errLines.count == 1 && onAFile.err.contains("postgresql://"), "\(onAFile.err)")
    }

    /// Alice's private note and quote: Bob, in the same campaign, sees the meeting and not them,
    /// through buyin and through psql.
    @Test func aPrivateNoteStaysWithItsAuthor() throws {
        let team = try TeamDatabase()
        let admin = Buyin(team: team)
        admin.run(["team", "init"], expect: 0)
        let (aliceRole, bobRole) = (team.role("alice"), team.role("bob"))
        admin.run(["team", "add", aliceRole], expect: 0)
        admin.run(["team", "add", bobRole], expect: 0)
        // Again: it changes nothing and says so in buyin's words, without the server's notice.
        let again = admin.run(["team", "add", bobRole], expect: 0)
        #expect(again.err.isEmpty && again.out.contains(bobRole), "\(again.err)")
        let alice = Buyin(team: team, role: aliceRole)
        let bob = Buyin(team: team, role: bobRole)
        alice.run(["start", "Social selling", "--why", "x"], expect: 0)
        alice.run(["stakeholder", "add", "Margaret Lindqvist"], expect: 0)
        alice.run(["meeting", "log", "Margaret", "--summary", "Pilot numbers", "--note", "ALICE-NOTE board cuts",
                   "--quote", "ALICE-QUOTE not this year", "--shared-quote", "Show me the pipeline"], expect: 0)

        let alicesView = alice.run(["meeting", "show", "1"], expect: 0).out
        #expect(alicesView.contains("ALICE-NOTE") && alicesView.contains("ALICE-QUOTE"))
        let alicesPrep = alice.run(["prep", "Margaret", "--private"], expect: 0).out
        #expect(alicesPrep.contains("ALICE-NOTE") && alicesPrep.contains("ALICE-QUOTE"), "her own notes, asked for: \(alicesPrep)")

        bob.run(["campaign", "use", "social-selling"], expect: 0)
        let bobsView = bob.run(["meeting", "show", "1"], expect: 0).out
        #expect(bobsView.contains("Pilot numbers") && bobsView.contains("Show me the pipeline"))
        let bobsOutputs = [bobsView, bob.run(["meeting", "show", "1", "--json"]).out, bob.run(["search", "ALICE", "--private"]).out,
                           bob.run(["brief", "--format", "json"]).out, bob.run(["prep", "Margaret", "--private"]).out,
                           bob.run(["prep", "Margaret", "--private", "--json"]).out, bob.run(["win", "digest"]).out,
                           bob.run(["stakeholder", "path", "Margaret"]).out]
        for output in bobsOutputs {
            #expect(!output.contains("ALICE-NOTE") && !output.contains("ALICE-QUOTE"), "\(output)")
        }
        // Straight to the server, as Bob: the rows are not there for him.
        #expect(try team.psql("SELECT count(*) FROM meetingNote", as: bobRole) == "0")
        #expect(try team.psql("SELECT string_agg(text, '|') FROM meetingQuote", as: bobRole) == "Show me the pipeline")
        #expect(try team.psql("SELECT count(*) FROM meetingNote", as: aliceRole) == "1")
        // Bob can neither change nor delete Alice's note by hand.
        try team.psql("UPDATE meetingNote SET text = 'changed'; DELETE FROM meetingNote", as: bobRole)
        #expect(try team.psql("SELECT text FROM meetingNote", as: aliceRole) == "ALICE-NOTE board cuts")
        // Each member has a current campaign of their own.
        alice.run(["start", "Second idea", "--why", "y"], expect: 0)
        #expect(bob.run(["status"], expect: 0).out.contains("Social selling"))
    }

    /// 50 writers from two roles at once: 50 meetings, each with the id it was reported under.
    @Test func fiftyWritersFromTwoRolesAtOnce() throws {
        let team = try TeamDatabase()
        let admin = Buyin(team: team)
        admin.run(["team", "init"], expect: 0)
        let roles = [team.role("alice"), team.role("bob")]
        for role in roles { admin.run(["team", "add", role], expect: 0) }
        let members = roles.map { Buyin(team: team, role: $0) }
        members[0].run(["start", "Idea", "--why", "x"], expect: 0)
        members[0].run(["stakeholder", "add", "Margaret Lindqvist"], expect: 0)
        members[1].run(["campaign", "use", "idea"], expect: 0)
        let running = (0..<50).map { members[$0 % 2].launch(["meeting", "log", "Margaret", "--summary", "Meeting \($0)", "--note", "n\($0)", "--json"]) }
        let results = running.map { $0.finish() }
        #expect(results.allSatisfy { $0.code == 0 }, "\(results.map(\.err).filter { !$0.isEmpty })")
        var reported: [Int: String] = [:]
        for result in results {
            let record = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
            let meeting = record["meeting"] as! [String: Any]
            reported[meeting["id"] as! Int] = meeting["summary"] as? String
        }
        #expect(reported.count == 50)
        let stored = try team.psql("SELECT id || '=' || summary FROM meeting ORDER BY id").split(separator: "\n").map(String.init)
        #expect(stored.count == 50)
        #expect(Set(stored) == Set(reported.map { "\($0.key)=\($0.value)" }))
        // Each note went to the meeting it was written in, and to its author.
        #expect(try team.psql("SELECT count(*) FROM meetingNote", as: roles[0]) == "25")
    }

    /// The server goes away while a meeting is being recorded: one line, exit 69, and none of
    /// the meeting is stored.
    @Test func theServerGoneMidCommandLeavesNothingHalfWritten() throws {
        let team = try TeamDatabase()
        let buyin = Buyin.withStakeholder(team: team)
        // A session holding the notes' table: buyin's meeting is written, then waits on its note.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = [team.url(), "-X", "-q"]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        // Whatever happens below, the lock goes with the session that holds it.
        defer { if holder.isRunning { holder.terminate() } }
        input.fileHandleForWriting.write(Data("BEGIN; LOCK TABLE meetingNote IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(30);\n".utf8))
        // The lock is held once the session sleeps: buyin started before then could write its
        // note before the lock is taken (a faster buyin did, most runs).
        var held = 0
        while try team.psql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep%'") != "1" {
            usleep(20_000)
            held += 1
            try #require(held < 500, "the session never took the lock")
        }
        let logging = buyin.launch(["meeting", "log", "Margaret", "--summary", "Half", "--note", "never stored"])
        var waited = 0
        while try team.psql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'buyin' AND wait_event_type = 'Lock'") != "1" {
            usleep(50_000)
            waited += 1
            try #require(waited < 200, "buyin never reached the locked table")
        }
        #expect(try team.psql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'buyin'") == "1")
        let result = logging.finish()
        #expect(result.code == 69)
        #expect(result.errLines.count == 1, "\(result.err)")
        #expect(result.err.contains(team.name))
        #expect(try team.psql("SELECT count(*) FROM meeting") == "0")
        #expect(buyin.run(["meeting", "list"], expect: 0).out.contains("Half") == false)
    }

    /// A server that is not there, a wrong password, a schema from a newer buyin: one line each,
    /// with the code a script can act on.
    @Test func refusalsAreOneLineWithTheirCode() throws {
        let team = try TeamDatabase()
        let nobody = Buyin()
        let down = nobody.run(["status"], extraEnvironment: ["BUYIN_DB": "postgresql://postgres@127.0.0.1:1/none"])
        #expect(down.code == 69)
        #expect(down.errLines.count == 1 && down.err.contains("none@127.0.0.1:1"), "\(down.err)")

        let role = team.role("carol")
        try team.psql("CREATE ROLE \(role) LOGIN PASSWORD 'right'")
        var tcp = URLComponents(string: team.url(as: role))!
        tcp.password = "Zq-not-it"
        tcp.queryItems = []
        tcp.host = "127.0.0.1"
        tcp.port = Int(URLComponents(string: TeamDatabase.adminURL ?? "")?.queryItems?.first { $0.name == "port" }?.value ?? "5432")
        let refused = nobody.run(["status"], extraEnvironment: ["BUYIN_DB": tcp.string!])
        #expect(refused.code == 77, "\(refused.err)")
        #expect(refused.errLines.count == 1 && !refused.err.contains("Zq-not-it"), "\(refused.err)")

        let buyin = Buyin.withStakeholder(team: team)
        // Team set-up on a file, backup of a server: each says what to use instead.
        #expect(nobody.run(["team", "init"]).code == 64)
        let backup = buyin.run(["backup", buyin.folder.appendingPathComponent("b.sqlite").path])
        #expect(backup.code == 64 && backup.err.contains("pg_dump"), "\(backup.err)")

        try team.psql("INSERT INTO buyin_migration(name) VALUES ('v99-from-the-future')")
        let newer = buyin.run(["status"])
        #expect(newer.code == 65)
        #expect(newer.errLines.count == 1 && newer.err.contains("newer buyin"), "\(newer.err)")

    }

    /// Two first runs at the same moment: the advisory lock lets one make the schema, and the
    /// other finds it made.
    @Test func twoFirstRunsNeverCollide() throws {
        let team = try TeamDatabase()
        let buyin = Buyin(team: team)
        let results = (0..<4).map { buyin.launch(["start", "Idea \($0)", "--why", "x"]) }.map { $0.finish() }
        #expect(results.allSatisfy { $0.code == 0 }, "\(results.map(\.err))")
        #expect(try team.psql("SELECT count(*) FROM buyin_migration") == "12")
        #expect(try team.psql("SELECT count(*) FROM campaign") == "4")
    }
}
