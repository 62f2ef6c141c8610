import BuyInTestSupport
import Foundation
import Testing

/// Stakeholders, 1:1s, objections, wins, numbers and the decision, end to end.
@Suite struct JournalTests {
    static func campaign(_ language: String) -> Buyin {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "Buyers are on LinkedIn"], expect: 0)
        buyin.run(["goal", "add", "Grow pipeline"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO", "--department", "Finance", "--influence", "5",
                   "--target", "supporter", "--stance", "skeptic"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi", "--role", "AE", "--influence", "2"], expect: 0)
        buyin.run(["stakeholder", "add", "Marc Durand", "--influence", "3"], expect: 0)
        return buyin
    }

    @Test(arguments: ["en", "fr"])
    func stakeholderMetTwiceMovesFromSkepticToSupporter(language: String) throws {
        let buyin = Self.campaign(language)
        let first = buyin.run(["meeting", "log", "margaret", "--date", "2026-10-01", "--channel", language == "fr" ? "visio" : "video",
                               "--after", language == "fr" ? "neutre" : "neutral", "--summary", "Walked through the pilot"])
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out.contains(language == "fr" ? "1er\u{00A0}octobre 2026" : "October 1, 2026"))
        let second = buyin.run(["meeting", "log", "Lindq", "--date", language == "fr" ? "hier" : "yesterday",
                                "--after", language == "fr" ? "partisan" : "supporter"])
        #expect(second.code == 0, "\(second.err)")
        let meetings = try buyin.json(["meeting", "list", "--stakeholder", "Margaret"]) as! [[String: Any]]
        #expect(meetings.map { $0["stanceBefore"] as? String } == ["skeptic", "neutral"])
        #expect(meetings.map { $0["stanceAfter"] as? String } == ["neutral", "supporter"])
        #expect(meetings[1]["day"] as? String == "2026-11-21")
        let people = try buyin.json(["stakeholder", "list"]) as! [[String: Any]]
        let margaret = people.first { $0["name"] as? String == "Margaret Lindqvist" }!
        #expect(margaret["firstStance"] as? String == "skeptic")
        #expect(margaret["currentStance"] as? String == "supporter")
        let listing = buyin.run(["stakeholder", "list"]).out
        #expect(listing.contains(language == "fr" ? "favorable" : "supporter"))
        let status = try buyin.json(["status"]) as! [String: Any]
        #expect(status["movedUp"] as? Int == 1)
        // The next step names the most influential stakeholder not met yet.
        #expect(buyin.run(["status"]).out.contains("buyin meeting log \"Marc Durand\""))
    }

    @Test func privateNotesAndQuotesStayInTheFullRecordOnly() throws {
        let buyin = Self.campaign("en")
        let logged = buyin.run(["meeting", "log", "Marco", "--note", "SECRET-NOTE he wants a promotion", "--quote", "SECRET-QUOTE our CRM is junk",
                                "--shared-quote", "Shared words", "--after", "champion"])
        #expect(logged.code == 0, "\(logged.err)")
        for listing in [["meeting", "list", "--json"], ["stakeholder", "show", "Marco", "--json"], ["status", "--json"],
                        ["brief", "--format", "json"], ["brief"], ["brief", "--format", "html"], ["campaign", "show", "--json"]] {
            let out = buyin.run(listing).out
            #expect(!out.contains("SECRET-NOTE"), "\(listing)")
            #expect(!out.contains("SECRET-QUOTE"), "\(listing)")
        }
        #expect(buyin.run(["brief"]).out.contains("Shared words"))
        let full = buyin.run(["meeting", "show", "1", "--json"]).out
        #expect(full.contains("SECRET-NOTE he wants a promotion"))
        #expect(full.contains("SECRET-QUOTE our CRM is junk"))
        #expect(buyin.run(["meeting", "show", "1"]).out.contains("SECRET-NOTE"))
    }

    @Test(arguments: ["en", "fr"])
    func objectionGoesOpenAnsweredResolved(language: String) throws {
        let buyin = Self.campaign(language)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-18"], expect: 0)
        let added = buyin.run(["objection", "add", "Too expensive", "--from", "Margaret", "--meeting", "1",
                               "--category", language == "fr" ? "coût" : "cost", "--concern", "Budget frozen"])
        #expect(added.code == 0, "\(added.err)")
        // Raised at the meeting: on its day, not on the day it was typed (2026-11-22); a typed day wins.
        buyin.run(["objection", "add", "Too slow", "--meeting", "1", "--date", "2026-11-19"], expect: 0)
        let raised = try #require(try buyin.json(["objection", "list"]) as? [[String: Any]]).map { $0["raisedOn"] as? String }
        #expect(raised == ["2026-11-18", "2026-11-19"])
        buyin.run(["objection", "delete", "2"], expect: 0)
        #expect((try buyin.json(["objection", "list", "--open"]) as! [Any]).count == 1)
        let answered = buyin.run(["objection", "answer", "1", "25 seats instead of 40", "--confirmed"])
        #expect(answered.code == 0)
        #expect(answered.out.contains(language == "fr" ? "a reçu une réponse" : "has an answer"))
        var objection = (try buyin.json(["objection", "list"]) as! [[String: Any]])[0]
        #expect(objection["status"] as? String == "answered")
        #expect(objection["isConfirmed"] as? Bool == true)
        #expect(objection["category"] as? String == "cost")
        #expect(objection["stakeholder"] as? String == "Margaret Lindqvist")
        #expect(buyin.run(["objection", "resolve", "1"]).code == 0)
        objection = (try buyin.json(["objection", "list"]) as! [[String: Any]])[0]
        #expect(objection["status"] as? String == "resolved")
        #expect((try buyin.json(["objection", "list", "--open"]) as! [Any]).isEmpty)
        let again = buyin.run(["objection", "resolve", "1"])
        #expect(again.code == 65)
        #expect(again.errLines.count == 1)
        #expect(buyin.run(["objection", "reopen", "1"]).code == 0)
        #expect(buyin.run(["objection", "accept", "1"]).code == 0)
        #expect((try buyin.json(["objection", "list"]) as! [[String: Any]])[0]["status"] as? String == "accepted")
    }

    @Test(arguments: ["en", "fr"])
    func winIsAnnouncedWarmly(language: String) throws {
        let buyin = Self.campaign(language)
        let added = buyin.run(["win", "add", "CFO agreed to fund the pilot", "--with", "Margaret", "--with", "Marco",
                               "--kind", language == "fr" ? "engagement" : "commitment", "--date", "2026-11-12"])
        #expect(added.code == 0, "\(added.err)")
        let announcement = buyin.run(["win", "announce"])
        #expect(announcement.code == 0)
        #expect(announcement.out.contains("CFO agreed to fund the pilot"))
        #expect(announcement.out.contains(language == "fr" ? "Marco Bianchi et Margaret Lindqvist" : "Marco Bianchi and Margaret Lindqvist"))
        #expect(announcement.out.contains(language == "fr" ? "Merci" : "Thank you"))
        #expect(announcement.out.contains(language == "fr" ? "12\u{00A0}novembre 2026" : "November 12, 2026"))
        let wins = try buyin.json(["win", "list"]) as! [[String: Any]]
        #expect(wins[0]["kind"] as? String == "commitment")
        #expect(buyin.run(["win", "announce", "99"]).code == 65)
    }

    @Test(arguments: ["en", "fr"])
    func decisionIsRecordedAndItsLessonsShown(language: String) throws {
        let buyin = Self.campaign(language)
        let recorded = buyin.run(["decision", "declined", "--reason", "Budget freeze", "--lessons", "Bring Finance in earlier",
                                  "--date", "2026-12-03"])
        #expect(recorded.code == 0)
        #expect(recorded.out.contains(language == "fr" ? "refusée" : "declined"))
        let status = buyin.run(["status"]).out
        #expect(status.contains("Bring Finance in earlier"))
        let decisions = try buyin.json(["decision", "show"]) as! [String: Any]
        #expect((decisions["latest"] as? [String: Any])?["outcome"] as? String == "declined")
        #expect(buyin.run(["why"]).code == 0, "a declined campaign stays readable")
    }

    @Test(arguments: ["en", "fr"])
    func followUpsMetricsAndStakeholderEdits(language: String) throws {
        let buyin = Self.campaign(language)
        buyin.run(["meeting", "log", "Marco", "--next", "Send the deck", "--due", "2026-11-01"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--next", "Send ROI model", "--due", "2026-12-01"], expect: 0)
        let followUps = try buyin.json(["followups"]) as! [[String: Any]]
        #expect(followUps.map { $0["text"] as? String } == ["Send the deck", "Send ROI model"])
        #expect(buyin.run(["followups"]).out.contains(language == "fr" ? "en retard" : "overdue"))
        #expect(buyin.run(["followups", "done", "1"]).code == 0)
        #expect((try buyin.json(["followups"]) as! [Any]).count == 1)
        #expect(buyin.run(["metric", "add", "Pilot pipeline", language == "fr" ? "142 000,5" : "142,000.5", "--unit", "€"]).code == 0)
        let metrics = try buyin.json(["metric", "list"]) as! [[String: Any]]
        #expect(metrics[0]["value"] as? Double == 142_000.5)
        #expect(metrics[0]["unit"] as? String == "EUR", "a unit that is a currency is kept as its code")
        #expect(buyin.run(["metric", "list"]).out.contains(language == "fr" ? "142\u{202F}000,50\u{00A0}€" : "€142,000.50"))
        #expect(buyin.run(["stakeholder", "edit", "Marco", "--role", "Team lead", "--influence", "4"]).code == 0)
        let marco = try buyin.json(["stakeholder", "show", "Marco"]) as! [String: Any]
        #expect((marco["stakeholder"] as! [String: Any])["influence"] as? Int == 4)
        #expect(buyin.run(["stakeholder", "list", "--all"]).out.contains("Team lead"))
    }

    @Test func wholeNamesWinOverPrefixesAndOptionsMayComeFirst() throws {
        let buyin = Buyin()
        buyin.run(["--db", buyin.database, "start", "Idea", "--why", "x"], expect: 0)
        buyin.run(["stakeholder", "add", "Julie Martin"], expect: 0)
        buyin.run(["stakeholder", "add", "Julien Fabre"], expect: 0)
        let win = buyin.run(["win", "add", "Agreed", "--with", "Julie"])
        #expect(win.code == 0, "\(win.err)")
        let wins = try buyin.json(["win", "list"]) as! [[String: Any]]
        #expect(wins[0]["people"] as? [String] == ["Julie Martin"])
        let french = buyin.run(["--lang", "fr", "status"])
        #expect(french.code == 0)
        #expect(french.out.contains("À faire\u{00A0}:"))
        let dueWithoutStep = buyin.run(["meeting", "log", "Julien", "--due", "2026-12-01"])
        #expect(dueWithoutStep.code == 64)
        #expect(dueWithoutStep.errLines.count == 1)
    }

    @Test(arguments: ["en", "fr"])
    func mistakesCanBeDeletedAndEverythingBackedUp(language: String) throws {
        let buyin = Self.campaign(language)
        buyin.run(["meeting", "log", "Marco", "--note", "SECRET-NOTE kept in the backup", "--next", "Call back", "--due", "2026-12-01"], expect: 0)
        buyin.run(["objection", "add", "Too slow", "--meeting", "1"], expect: 0)
        buyin.run(["win", "add", "A typo"], expect: 0)
        let backup = buyin.folder.appendingPathComponent("backup.sqlite").path
        #expect(buyin.run(["backup", backup]).code == 0)
        #expect(permissions(of: backup) == 0o600)
        #expect(buyin.run(["meeting", "show", "1", "--db", backup]).out.contains("SECRET-NOTE kept in the backup"))
        #expect(buyin.run(["backup", backup]).code == 73)
        let deleted = buyin.run(["meeting", "delete", "1"])
        #expect(deleted.code == 0)
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).isEmpty)
        #expect((try buyin.json(["followups"]) as! [Any]).isEmpty, "its next steps go with it")
        let objections = try buyin.json(["objection", "list"]) as! [[String: Any]]
        #expect(objections.count == 1 && objections[0]["meetingId"] is NSNull, "objections stay, unlinked")
        #expect(buyin.run(["win", "delete", "1"]).code == 0)
        let again = buyin.run(["meeting", "delete", "1"])
        #expect(again.code == 65)
        #expect(again.errLines.count == 1)
        #expect(buyin.run(["campaign", "use", "Social Selling"]).code == 0, "a title works where a slug does")
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var arguments: [String]
        var code: Int32
        var description: String { arguments.joined(separator: " ") }
    }

    static let badInputs: [BadInput] = [
        BadInput(arguments: ["meeting", "log", "Nobody"], code: 65),
        BadInput(arguments: ["meeting", "log", "Mar"], code: 65),
        BadInput(arguments: ["meeting", "log", "Margaret", "--after", "grumpy"], code: 65),
        BadInput(arguments: ["meeting", "log", "Margaret", "--date", "2026-13-45"], code: 65),
        BadInput(arguments: ["meeting", "log", "Margaret", "--date", "31/02/2026"], code: 65),
        BadInput(arguments: ["meeting", "log", "Margaret", "--channel", "pigeon"], code: 65),
        BadInput(arguments: ["stakeholder", "add", "Zoé", "--influence", "9"], code: 65),
        BadInput(arguments: ["stakeholder", "add", "Margaret Lindqvist"], code: 65),
        BadInput(arguments: ["objection", "add", ""], code: 65),
        BadInput(arguments: ["objection", "add", "   "], code: 65),
        BadInput(arguments: ["objection", "answer", "42", "A response"], code: 65),
        BadInput(arguments: ["meeting", "show", "42"], code: 65),
        BadInput(arguments: ["followups", "done", "42"], code: 65),
        BadInput(arguments: ["win", "add", "Good", "--with", "Nobody"], code: 65),
        BadInput(arguments: ["metric", "add", "Reach", "lots"], code: 65),
        BadInput(arguments: ["objection", "add", "Too slow", "--meeting", "42"], code: 65),
    ]

    @Test(arguments: badInputs, ["en", "fr"])
    func badInputWritesNothing(input: BadInput, language: String) throws {
        let buyin = Self.campaign(language)
        let snapshot = { [buyin] in
            ["stakeholder list --all", "meeting list", "objection list", "win list", "metric list", "followups"].map {
                buyin.run($0.split(separator: " ").map(String.init) + ["--json"]).out
            }
        }
        let before = snapshot()
        let result = buyin.run(input.arguments)
        #expect(result.code == input.code, "\(result.err)")
        #expect(result.errLines.count == 1, "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(snapshot() == before)
        if input.arguments == ["meeting", "log", "Mar"] {
            #expect(result.err.contains("Marco Bianchi") && result.err.contains("Marc Durand"), "lists the candidates")
        }
        if language == "fr" && input.arguments.last == "grumpy" {
            #expect(result.err.contains("sceptique"), "lists the French stances")
        }
    }
}
