import BuyInTestSupport
import Foundation
import Testing

/// `buyin search`: words found as people type them, private text only when asked, the index
/// kept in step with every change of the record.
@Suite struct SearchTests {
    static func campaign(language: String, team: TeamDatabase? = nil) -> Buyin {
        let buyin = Buyin.withStakeholder(language: language, team: team)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Une réticence sur le budget du pilote",
                   "--note", "Réticence personnelle envers le DAF", "--quote", "Le cœur du sujet, entre nous"], expect: 0)
        buyin.run(["objection", "add", "Trop cher", "--from", "Margaret", "--concern", "Le cœur de l’équipe est ailleurs"], expect: 0)
        buyin.run(["start", "Second idea", "--why", "y"], expect: 0)
        buyin.run(["win", "add", "Une réticence levée au comité"], expect: 0)
        return buyin
    }

    static func kinds(_ buyin: Buyin, _ arguments: [String]) throws -> [String] {
        (try buyin.json(["search"] + arguments) as! [[String: Any]]).map { "\($0["kind"]!) \($0["campaign"]!)" }
    }

    /// The same words find the same records on the team store, which folds accents and
    /// ligatures in its own query instead of a tokenizer (the order may differ: by date there).
    @Test(.enabled(if: TeamDatabase.isAvailable))
    func accentsCaseAndLigaturesDoNotCountOnTheTeamStore() throws {
        try Self.expectFoldedMatches(Self.campaign(language: "fr", team: TeamDatabase()), language: "fr")
    }

    /// A quote the person agreed to share is found without --private, and says it is shareable;
    /// a typed word of several parts (`P&L`) is found as a phrase. On both stores alike.
    @Test(arguments: [false, true])
    func shareableQuotesAndPhrases(onTeamStore: Bool) throws {
        guard !onTeamStore || TeamDatabase.isAvailable else { return }
        let buyin = Buyin.withStakeholder(language: "fr", team: onTeamStore ? try TeamDatabase() : nil)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Revue du P&L", "--quote", "Le budget, entre nous",
                   "--shared-quote", "Montrez-moi le pipeline"], expect: 0)
        buyin.run(["win", "add", "Pipeline en hausse, Legal d’accord"], expect: 0)
        let shared = buyin.run(["search", "pipeline"], expect: 0).out
        #expect(shared.contains("Citation partageable, entretien n°\u{00A0}1") && shared.contains("Montrez-moi"), "\(shared)")
        #expect(!buyin.run(["search", "entre", "nous"], expect: 0).out.contains("Le budget"), "a private quote only with --private")
        #expect(buyin.run(["search", "entre", "nous", "--private"], expect: 0).out.contains("Le budget"))
        #expect(try Self.kinds(buyin, ["P&L"]) == ["meeting idea"], "P then L, not a P and an L anywhere")
    }

    @Test(arguments: ["en", "fr"])
    func accentsCaseAndLigaturesDoNotCount(language: String) throws {
        try Self.expectFoldedMatches(Self.campaign(language: language), language: language)
    }

    static func expectFoldedMatches(_ buyin: Buyin, language: String) throws {
        // In every campaign, each result with its campaign.
        #expect(Set(try Self.kinds(buyin, ["reticence"])) == ["meeting idea", "win second-idea"])
        #expect(try Self.kinds(buyin, ["RÉTICENCE", "budg"]) == ["meeting idea"], "every word, each a prefix")
        #expect(try Self.kinds(buyin, ["coeur"]) == ["objection idea"], "coeur finds « cœur »; the quote is private")
        #expect(try Self.kinds(buyin, ["CŒUR", "equipe"]) == ["objection idea"], "the ligature typed, in capitals")
        #expect(try Self.kinds(buyin, ["reticence", "--campaign", "second-idea"]) == ["win second-idea"])

        let shown = buyin.run(["search", "coeur"], expect: 0)
        #expect(shown.out.contains("[cœur]"), "the matching word is marked: \(shown.out)")
        #expect(shown.out.contains("Margaret Lindqvist") && shown.out.contains("idea"))
        let none = buyin.run(["search", "introuvable"], expect: 0)
        #expect(none.out == (language == "fr" ? "Aucun résultat pour «\u{A0}introuvable\u{A0}».\n" : "Nothing found for “introuvable”.\n"))
        buyin.run(["search", "  "], expect: 65)
        buyin.run(["search", "x", "--limit", "0"], expect: 65)
    }

    @Test(arguments: ["en", "fr"])
    func privateTextOnlyWithPrivate(language: String) throws {
        let buyin = Self.campaign(language: language)
        for line in [["reticence"], ["personnelle"], ["sujet"], ["coeur"]] {
            let result = buyin.run(["search"] + line, expect: 0)
            #expect(!result.out.contains("envers le DAF") && !result.out.contains("entre nous"), "\(line): \(result.out)")
        }
        let asked = buyin.run(["search", "reticence", "--private"], expect: 0)
        #expect(asked.out.contains("envers le DAF"))
        #expect(Set(try Self.kinds(buyin, ["coeur", "--private"])) == ["objection idea", "quote idea"])
    }

    @Test func theIndexFollowsEveryChange() throws {
        let buyin = Self.campaign(language: "en")
        buyin.run(["objection", "answer", "1", "Une équipe dédiée, financée", "--campaign", "idea"], expect: 0)
        #expect(try Self.kinds(buyin, ["financee", "--campaign", "idea"]) == ["objection idea"], "a response is found")
        buyin.run(["meeting", "delete", "1", "--campaign", "idea"], expect: 0)
        #expect(try Self.kinds(buyin, ["reticence"]) == ["win second-idea"], "a deleted meeting is gone from the index")
        #expect(try Self.kinds(buyin, ["personnelle", "--private"]).isEmpty, "with its private note")
        buyin.run(["campaign", "delete", "idea", "--yes"], expect: 0)
        #expect(try Self.kinds(buyin, ["coeur", "--private"]).isEmpty, "a deleted campaign leaves nothing behind")
        #expect(buyin.sqlite("SELECT count(*) FROM searchText").out.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    /// A record kept before search existed is indexed whole when buyin first opens it.
    @Test func anOlderRecordIsIndexedOnUpgrade() throws {
        let buyin = Self.campaign(language: "en")
        let triggers = ["meeting", "objection", "win", "metric", "meetingNote", "meetingQuote"]
            .flatMap { table in ["insert", "update", "delete"].map { "DROP TRIGGER \(table)_search_\($0);" } }
        buyin.sqlite("DROP TABLE searchText; " + triggers.joined(separator: " ")
            + " DELETE FROM grdb_migrations WHERE identifier = 'v3-search'; PRAGMA user_version = 2;")
        #expect(Set(try Self.kinds(buyin, ["reticence"])) == ["meeting idea", "win second-idea"])
        #expect(Set(try Self.kinds(buyin, ["coeur", "--private"])) == ["objection idea", "quote idea"])
    }
}
