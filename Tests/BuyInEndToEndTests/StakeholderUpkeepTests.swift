import BuyInTestSupport
import Foundation
import Testing

/// A register that stays clean: a duplicate merged into the right person, someone taken off a
/// campaign's map with their history kept, someone deleted everywhere only when asked for.
@Suite struct StakeholderUpkeepTests {
    @Test(arguments: ["en", "fr"])
    func aDuplicateMergedIntoTheRightPerson(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Margret", "--role", "CFO", "--email", "m@example.com"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--summary", "First", "--after", "neutral"], expect: 0)
        buyin.run(["meeting", "log", "Margret", "--summary", "Second, logged on the duplicate", "--after", "supporter"], expect: 0)
        buyin.run(["objection", "add", "Too expensive", "--from", "Margret"], expect: 0)
        buyin.run(["win", "add", "Pilot agreed", "--with", "Margret"], expect: 0)

        let merged = buyin.run(["stakeholder", "merge", "Margret", "Margaret Lindqvist"], expect: 0)
        #expect(merged.out.contains(language == "fr" ? "Doublon Margret fusionné dans Margaret Lindqvist" : "Margret merged into Margaret Lindqvist"))
        let everyone = try buyin.json(["stakeholder", "list", "--all"]) as! [[String: Any]]
        #expect(everyone.map { $0["name"] as! String } == ["Margaret Lindqvist"])
        #expect(everyone[0]["role"] as? String == "CFO", "an empty role takes the duplicate's")
        #expect(everyone[0]["email"] as? String == "m@example.com")
        let meetings = try buyin.json(["meeting", "list"]) as! [[String: Any]]
        #expect(meetings.map { $0["stakeholder"] as! String } == ["Margaret Lindqvist", "Margaret Lindqvist"])
        let mapped = try buyin.json(["stakeholder", "list"]) as! [[String: Any]]
        #expect(mapped.count == 1 && mapped[0]["meetingCount"] as? Int == 2 && mapped[0]["currentStance"] as? String == "supporter")
        #expect((try buyin.json(["objection", "list"]) as! [[String: Any]])[0]["stakeholder"] as? String == "Margaret Lindqvist")
        #expect((try buyin.json(["win", "list"]) as! [[String: Any]])[0]["people"] as? [String] == ["Margaret Lindqvist"])
        buyin.run(["meeting", "log", "Margret", "--summary", "x"], expect: 65)
        buyin.run(["stakeholder", "merge", "Margaret", "Lindqvist"], expect: 65)
    }

    @Test(arguments: ["en", "fr"])
    func removedFromTheMapWithHistoryKept(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        buyin.run(["meeting", "log", "Marco", "--summary", "Rep view"], expect: 0)
        buyin.run(["stakeholder", "remove", "Marco"], expect: 0)
        let mapped = try buyin.json(["stakeholder", "list"]) as! [[String: Any]]
        #expect(mapped.map { $0["name"] as! String } == ["Margaret Lindqvist"])
        #expect((try buyin.json(["meeting", "list"]) as! [[String: Any]]).count == 1, "the meeting stays on record")
        #expect((try buyin.json(["stakeholder", "list", "--all"]) as! [Any]).count == 2)
        let again = buyin.run(["stakeholder", "remove", "Marco"], expect: 65)
        #expect(again.errLines.count == 1)
    }

    @Test(arguments: ["en", "fr"])
    func deletedEverywhereOnlyWhenAskedFor(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Pilot", "--note", "private", "--next", "Call back"], expect: 0)
        buyin.run(["objection", "add", "Too expensive", "--from", "Margaret"], expect: 0)
        // A script that did not say yes deletes nothing.
        let refused = buyin.run(["stakeholder", "delete", "Margaret"], expect: 65)
        #expect(refused.err.contains("--yes"))
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).count == 1)
        let deleted = buyin.run(["stakeholder", "delete", "Margaret", "--yes"], expect: 0)
        #expect(deleted.out.contains("Margaret Lindqvist"))
        #expect((try buyin.json(["stakeholder", "list", "--all"]) as! [Any]).isEmpty)
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).isEmpty)
        #expect((try buyin.json(["followups"]) as! [Any]).isEmpty)
        let objections = try buyin.json(["objection", "list"]) as! [[String: Any]]
        #expect(objections.count == 1 && objections[0]["stakeholder"] is NSNull, "the objection stays, without a name")
        #expect(buyin.sqlite("SELECT count(*) FROM meetingNote").out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}

/// A slip of the keyboard on a name suggests the person meant.
/// `stakeholder show`: a person's whole story, every campaign, by date.
@Suite struct StakeholderStoryTests {
    @Test(arguments: ["en", "fr"])
    func everyCampaignAndEveryEventInOrder(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-02", "--summary", "Budget talk", "--outcome", "Wants numbers",
                   "--note", "PRIVATE-NOTE-1", "--after", language == "fr" ? "neutre" : "neutral"], expect: 0)
        buyin.run(["objection", "add", "Too expensive", "--from", "Margaret", "--date", "2026-11-03"], expect: 0)
        buyin.run(["win", "add", "CFO agreed to a pilot", "--with", "Margaret"], expect: 0)
        buyin.run(["start", "Second idea", "--why", "y"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-10", "--summary", "New idea", "--next", "Send the deck",
                   "--due", "2026-11-30"], expect: 0)

        let shown = buyin.run(["stakeholder", "show", "Margaret"], expect: 0).out
        for text in ["Idea (idea)", "Second idea (second-idea)", "Budget talk", "Wants numbers", "Too expensive",
                     "CFO agreed to a pilot", "New idea", "Send the deck"] {
            #expect(shown.contains(text), "\(text) in \(shown)")
        }
        #expect(!shown.contains("PRIVATE-NOTE-1"))
        #expect(shown.range(of: "Budget talk")!.lowerBound < shown.range(of: "Too expensive")!.lowerBound, "by date")
        let story = try buyin.json(["stakeholder", "show", "Margaret"]) as! [String: Any]
        let chapters = story["chapters"] as! [[String: Any]]
        #expect(chapters.map { $0["slug"] as! String } == ["idea", "second-idea"])
        #expect((chapters[0]["events"] as! [[String: Any]]).map { $0["kind"] as! String } == ["meeting", "objection", "win"])
        #expect((chapters[1]["events"] as! [[String: Any]]).map { $0["kind"] as! String } == ["meeting", "nextStep"])
        buyin.run(["stakeholder", "add", "Julie Martin"], expect: 0)
        buyin.run(["stakeholder", "remove", "Julie"], expect: 0)
        #expect(buyin.run(["stakeholder", "show", "Julie"], expect: 0).out.contains(language == "fr" ? "Aucune campagne" : "No campaign"))
    }
}

/// Renaming a person to another's name is a duplicate found: buyin offers the merge.
@Suite struct RenameToTakenNameTests {
    @Test(arguments: ["en", "fr"])
    func offersTheMerge(language: String) {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Marc"], expect: 0)
        let taken = buyin.run(["stakeholder", "edit", "Marc", "--name", "margaret lindqvist"], expect: 65)
        #expect(taken.errLines.count == 1 && taken.err.contains("buyin stakeholder merge \"Marc\" \"Margaret Lindqvist\""), "\(taken.err)")
        buyin.run(["stakeholder", "merge", "Marc", "Margaret Lindqvist"], expect: 0)
    }
}

@Suite struct NearMissTests {
    @Test(arguments: ["en", "fr"])
    func aMistypedNameSuggestsThePerson(language: String) {
        let buyin = Buyin.withStakeholder(language: language)
        let slip = buyin.run(["meeting", "log", "margret", "--summary", "x"], expect: 65)
        #expect(slip.errLines.count == 1)
        #expect(slip.err.contains(language == "fr" ? "vouliez-vous dire «\u{00A0}Margaret Lindqvist\u{00A0}»" : "did you mean “Margaret Lindqvist”"), "\(slip.err)")
        let unrelated = buyin.run(["meeting", "log", "Zoltan", "--summary", "x"], expect: 65)
        #expect(!unrelated.err.contains("Margaret"), "no suggestion when nothing is close")
        #expect((try? buyin.json(["meeting", "list"]) as? [Any])??.isEmpty == true, "nothing recorded")
    }

    @Test(arguments: ["en", "fr"])
    func aMistypedCommandSuggestsTheCommand(language: String) {
        let buyin = Buyin.withStakeholder(language: language)
        for (line, meant) in [(["stakholder", "list"], "buyin stakeholder"), (["meeting", "lgo", "Margaret"], "buyin meeting log"),
                              (["objection", "lst"], "buyin objection list"), (["stat"], "buyin status"),
                              (["stakeholder", "sh", "Margaret"], "buyin stakeholder show")] {
            let slip = buyin.run(line, expect: 64)
            #expect(slip.errLines.count == 1 && slip.err.contains(meant), "\(line): \(slip.err)")
        }
        let unrelated = buyin.run(["frobnicate"], expect: 64)
        #expect(!unrelated.err.contains("did you mean") && !unrelated.err.contains("vouliez-vous"), "\(unrelated.err)")
    }
}

/// Listings narrowed to what a person is looking for.
@Suite struct ListingFilterTests {
    @Test(arguments: ["en", "fr"])
    func filtersNarrowEachListing(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "edit", "Margaret", "--department", "Finance"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi", "--department", "Sales"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-02", "--summary", "Early", "--after", "skeptic", "--next", "Late step", "--due", "2026-11-10"], expect: 0)
        buyin.run(["meeting", "log", "Marco", "--date", "2026-11-12", "--summary", "Middle", "--after", "champion", "--next", "Soon", "--due", "2026-12-10"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-20", "--summary", "Late", "--after", "supporter"], expect: 0)
        buyin.run(["objection", "add", "Too expensive", "--from", "Margaret"], expect: 0)
        buyin.run(["objection", "add", "Why now?", "--from", "Marco"], expect: 0)
        buyin.run(["objection", "answer", "2", "Because of the kick-off"], expect: 0)

        func names(_ arguments: [String], _ field: String) throws -> [String] {
            (try buyin.json(arguments) as! [[String: Any]]).map { $0[field] as? String ?? "" }
        }
        #expect(try names(["meeting", "list", "--since", "2026-11-10", "--until", "2026-11-15"], "summary") == ["Middle"])
        #expect(try names(["meeting", "list", "--since", "2026-11-10", "--stakeholder", "Margaret"], "summary") == ["Late"])
        #expect(try names(["stakeholder", "list", "--stance", language == "fr" ? "moteur" : "champion"], "name") == ["Marco Bianchi"])
        #expect(try names(["stakeholder", "list", "--department", "finance"], "name") == ["Margaret Lindqvist"])
        #expect(try names(["objection", "list", "--from", "Marco"], "text") == ["Why now?"])
        #expect(try names(["objection", "list", "--status", language == "fr" ? "ouverte" : "open"], "text") == ["Too expensive"])
        #expect(try names(["followups", "--overdue"], "text") == ["Late step"])
        #expect(try names(["followups"], "text") == ["Late step", "Soon"])
        buyin.run(["objection", "list", "--status", "maybe"], expect: 65)

        // A filter that finds nothing says so, and that there are records: never "none yet".
        let french = language == "fr"
        let nobody = buyin.run(["stakeholder", "list", "--department", "Legal"], expect: 0).out
        #expect(nobody.contains(french ? "Aucune des 2 parties prenantes" : "None of the campaign's 2 stakeholders"), "\(nobody)")
        let noObjection = buyin.run(["objection", "list", "--from", "Margaret", "--status", french ? "levée" : "resolved"], expect: 0).out
        #expect(noObjection.contains(french ? "Aucune des 2 objections" : "None of the campaign's 2 objections"), "\(noObjection)")
        let noMeeting = buyin.run(["meeting", "list", "--since", "2026-11-21"], expect: 0).out
        #expect(noMeeting.contains(french ? "Aucun des 3 entretiens" : "None of the campaign's 3 meetings"), "\(noMeeting)")
        buyin.run(["followups", "done", "1"], expect: 0)
        let noneLate = buyin.run(["followups", "--overdue"], expect: 0).out
        #expect(noneLate.contains(french ? "Aucune prochaine étape en retard\u{202F}; 1 en attente" : "No next step is overdue; 1 is waiting"), "\(noneLate)")
        let fresh = Buyin.withStakeholder(language: language)
        #expect(fresh.run(["objection", "list", "--from", "Margaret"], expect: 0).out.contains(french ? "Aucune objection" : "No objections"))
    }
}
