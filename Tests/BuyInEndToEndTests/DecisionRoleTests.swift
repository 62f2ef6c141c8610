import BuyInTestSupport
import Foundation
import Testing

/// Who approves, who may block: named on the map, on page one of the pre-read, and watched by
/// `status` until the decision, in both languages.
@Suite struct DecisionRoleTests {
    static func fr(_ language: String, _ french: String, _ english: String) -> String { language == "fr" ? french : english }

    @Test(arguments: ["en", "fr"])
    func approversAndVetoesAreNamedAndWatched(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "x", "--decision-owner", "Hélène Marchand, CEO"], expect: 0)
        buyin.run(["stakeholder", "add", "Hélène Marchand", "--stance", "neutral"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--stance", "supporter"], expect: 0)
        buyin.run(["stakeholder", "add", "Julien Fabre"], expect: 0)
        let noApprover = Self.fr(language, "Aucun rôle d’approbation", "No approver named yet")
        #expect(buyin.run(["status"], expect: 0).out.contains(noApprover))

        buyin.run(["stakeholder", "edit", "Hélène", "--decision-role", Self.fr(language, "approbatrice", "approver")], expect: 0)
        #expect(!buyin.run(["status"], expect: 0).out.contains(noApprover))
        // A second approver is refused, in one line naming the first, unless approval is shared.
        let second = buyin.run(["stakeholder", "edit", "Margaret", "--decision-role", "approver"])
        #expect(second.code == 65 && second.errLines.count == 1 && second.err.contains("Hélène Marchand") && second.err.contains("--shared-approval"),
                "\(second.err)")
        buyin.run(["stakeholder", "edit", "Margaret", "--decision-role", "approver", "--shared-approval"], expect: 0)
        let unknown = buyin.run(["stakeholder", "edit", "Julien", "--decision-role", "boss"])
        #expect(unknown.code == 65 && unknown.errLines.count == 1 && unknown.err.contains(Self.fr(language, "pilote", "driver")), "\(unknown.err)")

        buyin.run(["stakeholder", "edit", "Julien", "--veto"], expect: 0)
        #expect(buyin.run(["status"], expect: 0).out.contains("Julien Fabre " + Self.fr(language, "peut bloquer la décision et n’a pas encore eu d’entretien",
                                                                                        "can block the decision and has not been met yet")))
        buyin.run(["meeting", "log", "Julien", "--after", "skeptic"], expect: 0)
        let status = buyin.run(["status"], expect: 0).out
        #expect(status.contains(Self.fr(language, "sa position est aujourd’hui\u{00A0}: sceptique", "their stance is now skeptic")), "\(status)")
        let json = try #require(try buyin.json(["status"]) as? [String: Any])
        #expect((json["decisionWarnings"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["vetoOpposed"])

        // Page one names them, with their stance now, in Markdown and in HTML.
        let brief = buyin.run(["brief"], expect: 0).out
        #expect(brief.contains(Self.fr(language, "Qui approuve", "Who approves")), "\(brief)")
        #expect(brief.contains("Hélène Marchand (" + Self.fr(language, "neutre", "neutral") + ")"))
        #expect(brief.contains(Self.fr(language, "Qui peut bloquer", "Who can block it")) && brief.contains("Julien Fabre (" + Self.fr(language, "sceptique", "skeptic") + ")"))
        let html = buyin.run(["brief", "--format", "html"], expect: 0).out
        #expect(html.contains(Self.fr(language, "Qui peut bloquer", "Who can block it")))
        let briefJSON = try #require(try JSONSerialization.jsonObject(with: Data(buyin.run(["brief", "--format", "json"], expect: 0).out.utf8)) as? [String: Any])
        let summary = try #require(briefJSON["summary"] as? [String: Any])
        #expect((summary["approvers"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Hélène Marchand", "Margaret Lindqvist"])

        // The veto is taken back; the decision ends the watch.
        buyin.run(["stakeholder", "edit", "Julien", "--no-veto"], expect: 0)
        #expect(!buyin.run(["brief"], expect: 0).out.contains(Self.fr(language, "Qui peut bloquer", "Who can block it")))
        buyin.run(["stakeholder", "edit", "Julien", "--veto"], expect: 0)
        buyin.run(["decision", "approved", "--reason", "x"], expect: 0)
        #expect(try (buyin.json(["status"]) as? [String: Any])?["decisionWarnings"] is NSNull)
    }

    /// Roles and vetoes move with an export, and with a new attempt of the campaign.
    @Test func rolesMoveWithTheRecord() throws {
        let buyin = Buyin()
        buyin.run(["start", "Idea", "--why", "x"], expect: 0)
        buyin.run(["stakeholder", "add", "Hélène Marchand"], expect: 0)
        buyin.run(["stakeholder", "edit", "Hélène", "--decision-role", "approver", "--veto"], expect: 0)
        // A duplicate's veto is kept when it is merged into the person.
        buyin.run(["stakeholder", "add", "Julien Fabre"], expect: 0)
        buyin.run(["stakeholder", "add", "J. Fabre"], expect: 0)
        buyin.run(["stakeholder", "edit", "J. Fabre", "--veto"], expect: 0)
        buyin.run(["stakeholder", "merge", "J. Fabre", "Julien Fabre"], expect: 0)
        let merged = try #require(try buyin.json(["stakeholder", "list"]) as? [[String: Any]])
        #expect(merged.first { $0["name"] as? String == "Julien Fabre" }?["hasVeto"] as? Bool == true, "\(merged)")
        let file = buyin.folder.appendingPathComponent("export.json").path
        buyin.run(["export", file], expect: 0)
        let other = Buyin()
        other.run(["import", file], expect: 0)
        let mapped = try #require(try other.json(["stakeholder", "list"]) as? [[String: Any]])
        let hélène = mapped.first { $0["name"] as? String == "Hélène Marchand" }
        #expect(hélène?["decisionRole"] as? String == "approver" && hélène?["hasVeto"] as? Bool == true, "\(mapped)")
        buyin.run(["decision", "declined", "--reason", "x"], expect: 0)
        buyin.run(["start", "Idea again", "--after", "idea"], expect: 0)
        let again = try #require(try buyin.json(["stakeholder", "list"]) as? [[String: Any]])
        let hélèneAgain = again.first { $0["name"] as? String == "Hélène Marchand" }
        #expect(hélèneAgain?["decisionRole"] as? String == "approver" && hélèneAgain?["hasVeto"] as? Bool == true, "\(again)")
    }
}

/// `stakeholder show` says each campaign's role and veto, its JSON the influence links both
/// ways; `--no-decision-role` takes a role off.
@Suite struct DecisionRoleShownTests {
    @Test(arguments: ["en", "fr"])
    func showSaysTheRoleAndARoleCanBeTakenOff(language: String) throws {
        let fr = language == "fr"
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "x"], expect: 0)
        buyin.run(["stakeholder", "add", "Hélène Marchand"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        buyin.run(["stakeholder", "link", "Marco", "--influences", "Hélène"], expect: 0)
        buyin.run(["stakeholder", "edit", "Hélène", "--decision-role", "approver", "--veto"], expect: 0)
        let show = buyin.run(["stakeholder", "show", "Hélène"], expect: 0).out
        #expect(show.contains(fr ? "Rôle dans la décision\u{00A0}: décisionnaire, peut la bloquer" : "Decision role: approver, can block it"), "\(show)")
        let story = try #require(try buyin.json(["stakeholder", "show", "Hélène"]) as? [String: Any])
        #expect((story["influence"] as? [String: Any])?["influencedBy"] as? [String] == ["Marco Bianchi"])
        #expect((story["chapters"] as? [[String: Any]])?.first?["decisionRole"] as? String == "approver")

        buyin.run(["stakeholder", "edit", "Hélène", "--no-decision-role", "--no-veto"], expect: 0)
        #expect(!buyin.run(["stakeholder", "show", "Hélène"], expect: 0).out.contains(fr ? "Rôle dans la décision" : "Decision role"))
        #expect(buyin.run(["stakeholder", "edit", "Hélène", "--no-decision-role", "--decision-role", "driver"]).code == 64)
        // Taking a role off someone not on this campaign's map leaves them off it.
        buyin.run(["start", "Second idea", "--why", "x"], expect: 0)
        buyin.run(["stakeholder", "edit", "Marco", "--no-decision-role", "--no-veto"], expect: 0)
        #expect(!buyin.run(["stakeholder", "list"], expect: 0).out.contains("Marco"))
    }
}
