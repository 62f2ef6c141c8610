import BuyInTestSupport
import Foundation
import Testing

/// `export` and `import`: a whole record moved from one store to another reads the same there,
/// people already known are not added twice, and a file that cannot be loaded whole is not
/// loaded at all.
@Suite struct TransferTests {
    /// The team-store journey, then a second attempt at the idea and an archived first one:
    /// every kind of row, links between campaigns, and gaps left by deletions.
    static func recordedJourney(language: String = "en", team: TeamDatabase? = nil) -> Buyin {
        let buyin = Buyin(language: language, team: team)
        for step in TeamStoreTests.journey { #expect(buyin.run(step).code == 0, "\(step)") }
        buyin.run(["start", "Social selling, again", "--why", "Second try", "--after", "social-selling"], expect: 0)
        buyin.run(["campaign", "archive", "social-selling"], expect: 0)
        buyin.run(["campaign", "use", "social-selling"], expect: 0)
        return buyin
    }

    /// What a reader of the record sees, from the documents to the listings.
    static func documents(of buyin: Buyin) -> [String] {
        [["brief"], ["brief", "--format", "html"], ["brief", "--format", "json"], ["status"], ["campaign", "list", "--all"],
         ["stakeholder", "list"], ["meeting", "list"], ["objection", "list"], ["win", "list"], ["metric", "list"],
         ["option", "list"], ["goal", "list"], ["decision", "show"], ["followups"], ["campaign", "show", "social-selling-again"]]
            .map { arguments in
                let result = buyin.run(arguments)
                return "$ buyin \(arguments.joined(separator: " ")) [\(result.code)]\n\(result.out)\(result.err)"
            }
    }

    static func export(_ buyin: Buyin, name: String = "record.json") -> String {
        let path = buyin.folder.appendingPathComponent(name).path
        buyin.run(["export", path], expect: 0)
        return path
    }

    static func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test(arguments: ["en", "fr"])
    func aRecordReadsTheSameInAnotherFile(language: String) throws {
        let original = Self.recordedJourney(language: language)
        let file = Self.export(original)
        #expect(permissions(of: file) == 0o600, "it holds private notes")
        let copy = Buyin(language: language)
        let imported = copy.run(["import", file], expect: 0)
        #expect(imported.out.contains(language == "fr" ? "2 campagnes, 2 entretiens" : "2 campaigns, 2 meetings"), "\(imported.out)")
        let before = Self.documents(of: original)
        #expect(before.allSatisfy { $0.contains(" [0]\n") }, "\(before.filter { !$0.contains(" [0]\n") })")
        #expect(Self.documents(of: copy) == before)
        // The private note came along, for its author.
        #expect(copy.run(["meeting", "show", "1"], expect: 0).out.contains("Board pressure"))
        // Exported again, the same bytes: nothing was lost or added on the way.
        #expect(try Self.contents(Self.export(copy)) == Self.contents(file))
        // Search finds the imported texts, private ones when asked, and what is written next.
        for search in [["search", "pilot"], ["search", "board", "--private"]] {
            let found = copy.run(search, expect: 0).out
            #expect(found == original.run(search, expect: 0).out && found.contains("["), "\(found)")
        }
        copy.run(["meeting", "log", "Margaret", "--summary", "Zeppelin launch"], expect: 0)
        #expect(copy.run(["search", "zeppelin"], expect: 0).out.contains("Zeppelin"))
    }

    /// SQLite → PostgreSQL → SQLite: the pre-read is the same, byte for byte, at every stop.
    @Test(.enabled(if: TeamDatabase.isAvailable))
    func aRoundTripThroughTheTeamStoreKeepsTheBrief() throws {
        let original = Self.recordedJourney()
        let team = Buyin(team: try TeamDatabase())
        team.run(["import", Self.export(original)], expect: 0)
        let back = Buyin()
        back.run(["import", Self.export(team)], expect: 0)
        let before = Self.documents(of: original)
        #expect(Self.documents(of: team) == before)
        #expect(Self.documents(of: back) == before)
    }

    /// People already in the store, by name or by email, are the same people: matched, kept as
    /// they are, and not added a second time.
    @Test func peopleAlreadyHereAreMatched() throws {
        let original = Buyin.withStakeholder()
        original.run(["stakeholder", "add", "Paul Girard", "--email", "Paul.Girard@example.com"], expect: 0)
        original.run(["stakeholder", "add", "Ines Haddad"], expect: 0)
        original.run(["meeting", "log", "Paul", "--summary", "Budget"], expect: 0)
        let file = Self.export(original)

        let store = Buyin()
        store.run(["start", "Other idea", "--why", "y"], expect: 0)
        store.run(["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO"], expect: 0)
        store.run(["stakeholder", "add", "P. Girard", "--email", "paul.girard@example.com"], expect: 0)
        let imported = store.run(["import", file], expect: 0)
        #expect(imported.out.contains("1 person added, 2 already here"), "\(imported.out)")
        let people = store.run(["stakeholder", "list"], expect: 0).out
        #expect(people.components(separatedBy: "Margaret Lindqvist").count == 2, "\(people)")
        #expect(!people.contains("Paul Girard") && people.contains("P. Girard") && people.contains("Ines Haddad"), "\(people)")
        // The meeting went to the person already here, who keeps the role recorded there.
        #expect(store.run(["meeting", "list"], expect: 0).out.contains("P. Girard"))
        #expect(store.run(["stakeholder", "show", "Margaret"], expect: 0).out.contains("CFO"))
    }

    /// Two people who share an address (an assistant's, an office's) stay two people, in the
    /// file and in a store where two people share it too: an email is no name to guess by.
    @Test func peopleWhoShareAnEmailStayTwoPeople() throws {
        let original = Buyin.withStakeholder()
        original.run(["stakeholder", "add", "Paul Girard", "--email", "office@example.com"], expect: 0)
        original.run(["stakeholder", "add", "Ines Haddad", "--email", "office@example.com"], expect: 0)
        original.run(["meeting", "log", "Ines", "--summary", "Budget"], expect: 0)
        let file = Self.export(original)
        let copy = Buyin()
        copy.run(["import", file], expect: 0)
        #expect(copy.run(["stakeholder", "list"], expect: 0).out == original.run(["stakeholder", "list"], expect: 0).out)
        #expect(copy.run(["meeting", "list"], expect: 0).out.contains("Ines Haddad"))

        let store = Buyin()
        store.run(["start", "Other idea", "--why", "y"], expect: 0)
        store.run(["stakeholder", "add", "Ada Front", "--email", "office@example.com"], expect: 0)
        store.run(["stakeholder", "add", "Bo Desk", "--email", "Office@example.com"], expect: 0)
        let imported = store.run(["import", file], expect: 0)
        #expect(imported.out.contains("3 people added, 0 already here"), "\(imported.out)")
    }

    /// A file that cannot be loaded whole is not loaded at all, and says why in one line.
    @Test(arguments: ["en", "fr"])
    func aFileThatCannotBeLoadedLeavesTheStoreAsItWas(language: String) throws {
        let original = Buyin.withStakeholder(language: language)
        original.run(["meeting", "log", "Margaret", "--summary", "Pilot"], expect: 0)
        let file = Self.export(original)
        let store = Buyin(language: language)
        store.run(["import", file], expect: 0)
        let unchanged = Self.documents(of: store)

        // The same file twice: its campaign is already here.
        let twice = store.run(["import", file])
        #expect(twice.code == 65 && twice.errLines.count == 1, "\(twice.err)")
        #expect(twice.err.contains("idea") && twice.err.contains(language == "fr" ? "rien n’a été importé" : "nothing was imported"))

        // Changed by hand: a person the file does not hold, named where the campaign maps them. The campaign before it
        // in the file is not left behind either.
        var damaged = try Self.contents(file)
        damaged = damaged.replacingOccurrences(of: "\"slug\" : \"idea\"", with: "\"slug\" : \"idea-2\"")
        damaged = damaged.replacingOccurrences(of: "\"stakeholderId\" : 1", with: "\"stakeholderId\" : 99")
        let damagedPath = store.folder.appendingPathComponent("damaged.json").path
        try damaged.write(toFile: damagedPath, atomically: true, encoding: .utf8)
        let refused = store.run(["import", damagedPath])
        #expect(refused.code == 65 && refused.err.contains("mappings[0].stakeholderId"), "\(refused.err)")

        let newer = store.folder.appendingPathComponent("newer.json").path
        try #"{"format": "buyin-export", "version": 99}"#.write(toFile: newer, atomically: true, encoding: .utf8)
        let tooNew = store.run(["import", newer])
        #expect(tooNew.code == 65 && tooNew.err.contains(language == "fr" ? "plus récente" : "newer buyin"), "\(tooNew.err)")

        let other = store.folder.appendingPathComponent("other.json").path
        try #"{"campaigns": []}"#.write(toFile: other, atomically: true, encoding: .utf8)
        let foreign = store.run(["import", other])
        #expect(foreign.code == 65 && foreign.err.contains("buyin export"), "\(foreign.err)")

        let missing = store.run(["import", "nowhere.json"])
        #expect(missing.code == 66 && missing.errLines.count == 1, "\(missing.err)")

        #expect(Self.documents(of: store) == unchanged)
        #expect(store.run(["campaign", "list"], expect: 0).out.components(separatedBy: "\n").filter { $0.contains("idea") }.count == 1)
    }

    /// Through a pipe: the JSON alone on standard output, the confirmation on standard error.
    @Test func anExportCanGoThroughAPipe() throws {
        let original = Buyin.withStakeholder()
        original.run(["meeting", "log", "Margaret", "--summary", "Pilot"], expect: 0)
        let streamed = original.run(["export", "-"], expect: 0)
        #expect(streamed.out.hasPrefix("{") && streamed.err.contains("Export written"), "\(streamed.err)")
        let copy = Buyin()
        copy.run(["import", "-"], input: streamed.out, expect: 0)
        #expect(copy.run(["meeting", "list"], expect: 0).out.contains("Margaret Lindqvist"))
    }

    /// `--output FILE`, as `brief` and `calendar` take it, or the file first: one of the two.
    @Test func exportAndBackupTakeOutputLikeTheOtherWriters() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["export", "--output", "record.json"], expect: 0)
        buyin.run(["backup", "--output", "copy.sqlite"], expect: 0)
        buyin.run(["backup", "positional.sqlite"], expect: 0)
        for file in ["record.json", "copy.sqlite", "positional.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: buyin.folder.appendingPathComponent(file).path), "\(file)")
        }
        let both = buyin.run(["export", "a.json", "--output", "b.json"], expect: 64)
        #expect(both.errLines.count == 1 && both.err.contains("--output"), "\(both.err)")
        let neither = buyin.run(["backup"], expect: 64)
        #expect(neither.errLines.count == 1 && neither.err.contains("--output FILE"), "\(neither.err)")
    }

    /// On the team store, an export holds what its author may see: their own private notes,
    /// nobody else's.
    @Test(.enabled(if: TeamDatabase.isAvailable))
    func aMembersExportHoldsOnlyTheirOwnPrivateNotes() throws {
        let team = try TeamDatabase()
        let admin = Buyin(team: team)
        admin.run(["team", "init"], expect: 0)
        let (aliceRole, bobRole) = (team.role("alice"), team.role("bob"))
        for role in [aliceRole, bobRole] { admin.run(["team", "add", role], expect: 0) }
        let alice = Buyin(team: team, role: aliceRole)
        let bob = Buyin(team: team, role: bobRole)
        alice.run(["start", "Social selling", "--why", "x"], expect: 0)
        alice.run(["stakeholder", "add", "Margaret Lindqvist"], expect: 0)
        alice.run(["meeting", "log", "Margaret", "--summary", "Pilot", "--note", "ALICE-NOTE", "--quote", "ALICE-QUOTE",
                   "--shared-quote", "Show me the pipeline"], expect: 0)
        bob.run(["campaign", "use", "social-selling"], expect: 0)
        bob.run(["meeting", "log", "Margaret", "--summary", "Follow-up", "--note", "BOB-NOTE"], expect: 0)

        let bobs = try Self.contents(Self.export(bob))
        #expect(bobs.contains("BOB-NOTE") && bobs.contains("Show me the pipeline") && bobs.contains("Pilot"))
        #expect(!bobs.contains("ALICE-NOTE") && !bobs.contains("ALICE-QUOTE"))
        let alices = try Self.contents(Self.export(alice))
        #expect(alices.contains("ALICE-NOTE") && alices.contains("ALICE-QUOTE") && !alices.contains("BOB-NOTE"))
    }
}
