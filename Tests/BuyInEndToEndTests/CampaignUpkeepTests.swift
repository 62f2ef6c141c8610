import BuyInTestSupport
import Foundation
import Testing

/// Campaigns that can be put right: renamed, deleted when they were a mistake, and a duplicate
/// title pointed out when it happens.
@Suite struct CampaignUpkeepTests {
    @Test(arguments: ["en", "fr"])
    func renamedAndDeleted(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Pilot"], expect: 0)
        let duplicate = buyin.run(["start", "Idea", "--why", "again"], expect: 0)
        #expect(duplicate.errLines.count == 1 && duplicate.err.contains("idea-2"), "a duplicate title is pointed out: \(duplicate.err)")

        buyin.run(["campaign", "rename", "Social selling", "--slug", "social-selling", "--campaign", "idea"], expect: 0)
        let campaigns = try buyin.json(["campaign", "list"]) as! [[String: Any]]
        #expect(campaigns.map { $0["slug"] as! String } == ["social-selling", "idea-2"])
        #expect(campaigns.map { $0["title"] as! String } == ["Social selling", "Idea"])
        #expect((try buyin.json(["meeting", "list", "--campaign", "social-selling"]) as! [Any]).count == 1, "its record follows it")
        // The current campaign stays current under its new name.
        buyin.run(["campaign", "rename", "Idea, second try", "--slug", "second-try"], expect: 0)
        #expect((try buyin.json(["status"]) as! [String: Any])["slug"] as? String == "second-try")
        buyin.run(["campaign", "rename", "Clash", "--slug", "social-selling"], expect: 65)
        buyin.run(["campaign", "rename", "Bad", "--slug", "Not A Slug"], expect: 65)

        let refused = buyin.run(["campaign", "delete", "social-selling"], expect: 65)
        #expect(refused.err.contains("--yes"))
        buyin.run(["campaign", "delete", "social-selling", "--yes"], expect: 0)
        #expect((try buyin.json(["campaign", "list"]) as! [[String: Any]]).map { $0["slug"] as! String } == ["second-try"])
        #expect(buyin.sqlite("SELECT count(*) FROM meeting").out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect((try buyin.json(["stakeholder", "list", "--all"]) as! [Any]).count == 1, "people stay for other campaigns")
    }

    /// A ligature is spelled out in the short name, not dropped: « Cœur de cible » is coeur-de-cible.
    @Test func ligaturesSpelledOutInShortNames() throws {
        let buyin = Buyin(language: "fr")
        buyin.run(["start", "Cœur de cible", "--why", "x"], expect: 0)
        #expect((try buyin.json(["status"]) as! [String: Any])["slug"] as? String == "coeur-de-cible")
        buyin.run(["status", "--campaign", "Cœur de cible"], expect: 0)
    }

    /// A declined idea comes back: the second attempt starts with the first one's why, goals and
    /// people where they ended, shows its lessons, and the pre-read says who moved since.
    @Test(arguments: ["en", "fr"])
    func aSecondAttemptStartsFromTheFirst(language: String) throws {
        let buyin = Buyin(language: language)
        let (skeptic, neutral, supporter) = language == "fr" ? ("sceptique", "neutre", "favorable") : ("skeptic", "neutral", "supporter")
        buyin.run(["start", "Pilot", "--why", "Sell more", "--ask", "Approve 50k"], expect: 0)
        buyin.run(["goal", "add", "Grow pipeline"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--target", supporter, "--stance", skeptic], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--after", neutral, "--summary", "Budget talk"], expect: 0)
        buyin.run(["decision", "declined", "--reason", "Budget freeze", "--lessons", "Bring a cheaper pilot"], expect: 0)

        buyin.run(["start", "Pilot, second try", "--after", "pilot"], expect: 0)
        let why = try buyin.json(["why"]) as! [String: Any]
        #expect(why["why"] as? String == "Sell more" && why["ask"] as? String == "Approve 50k")
        #expect((try buyin.json(["goal", "list"]) as! [[String: Any]]).map { $0["text"] as! String } == ["Grow pipeline"])
        let people = try buyin.json(["stakeholder", "list"]) as! [[String: Any]]
        #expect(people.map { $0["currentStance"] as! String } == ["neutral"], "where the first attempt left them")
        #expect(people.map { $0["targetStance"] as! String } == ["supporter"])
        #expect((try buyin.json(["meeting", "list"]) as! [Any]).isEmpty, "meetings stay with the first attempt")

        let status = buyin.run(["status"], expect: 0)
        #expect(status.out.contains("Bring a cheaper pilot") && status.out.contains("(pilot)"), "\(status.out)")
        let earlier = (try buyin.json(["status"]) as! [String: Any])["earlierAttempt"] as! [String: Any]
        #expect(earlier["slug"] as? String == "pilot")

        buyin.run(["meeting", "log", "Margaret", "--after", supporter, "--summary", "Cheaper pilot"], expect: 0)
        for format in ["markdown", "html"] {
            let brief = buyin.run(["brief", "--format", format], expect: 0).out
            #expect(brief.contains("Bring a cheaper pilot"), "\(format)")
            #expect(brief.contains("Margaret Lindqvist\(language == "fr" ? "\u{A0}:" : ":") \(neutral) → \(supporter)"), "\(format): \(brief)")
        }
        buyin.run(["start", "Third", "--after", "nothing-like-it"], expect: 65)
    }

    /// A finished campaign is put away and brought back; a mistyped name suggests the ones meant.
    @Test(arguments: ["en", "fr"])
    func archivedAndSuggested(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "x"], expect: 0)
        buyin.run(["start", "Social ads", "--why", "y"], expect: 0)
        buyin.run(["campaign", "archive", "social-selling"], expect: 0)
        let slugs = { (arguments: [String]) in (try buyin.json(arguments) as! [[String: Any]]).map { $0["slug"] as! String } }
        #expect(try slugs(["campaign", "list"]) == ["social-ads"])
        #expect(try slugs(["campaign", "list", "--all"]) == ["social-selling", "social-ads"])
        buyin.run(["status", "--campaign", "social-selling"], expect: 0)
        buyin.run(["campaign", "restore", "social-selling"], expect: 0)
        #expect(try slugs(["campaign", "list"]) == ["social-selling", "social-ads"])

        let shared = buyin.run(["status", "--campaign", "social"], expect: 65)
        #expect(shared.err.contains("social-selling") && shared.err.contains("social-ads"), "both are offered: \(shared.err)")
        let slip = buyin.run(["campaign", "delete", "socal-ads", "--yes"], expect: 65)
        #expect(slip.errLines.count == 1 && slip.err.contains("social-ads") && !slip.err.contains("social-selling"))
        #expect(try slugs(["campaign", "list"]).count == 2, "a suggestion is never acted on")

        // Archiving the current campaign puts it away for good: the latest one under way becomes
        // current, and the list no longer shows it.
        let archived = buyin.run(["campaign", "archive"], expect: 0)
        #expect(archived.out.contains("social-selling"), "the current one, social-ads, was archived: \(archived.out)")
        #expect(try slugs(["campaign", "list"]) == ["social-selling"])
        #expect(try (buyin.json(["campaign", "list"]) as! [[String: Any]]).first?["isCurrent"] as? Bool == true)
    }

    /// `why` names what it changed: `--if-not` changes "If not", not the why.
    @Test(arguments: ["en", "fr"])
    func whyNamesWhatChanged(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Idea", "--why", "x"], expect: 0)
        let french = language == "fr"
        let ifNot = buyin.run(["why", "--if-not", "Competitors move first"], expect: 0).out
        #expect(ifNot.contains(french ? "\u{00A0}: sinon." : ": if not.") && !ifNot.contains(french ? "pourquoi" : "why"), "\(ifNot)")
        let two = buyin.run(["why", "--ask", "Approve it", "--why", "y"], expect: 0).out
        #expect(two.contains(french ? "pourquoi, la demande" : "why, the ask"), "\(two)")
        let same = buyin.run(["why", "--ask", "Approve it"], expect: 0).out
        #expect(same.contains(french ? "Rien à changer" : "Nothing to change"), "\(same)")
    }

    /// `status` explains its marks, and the pre-read is done only once one was written to a file:
    /// a decision taken without one leaves the stage passed, not done.
    @Test(arguments: ["en", "fr"])
    func statusMarksThePreReadDoneOnlyOnceWritten(language: String) throws {
        let fr = language == "fr"
        let buyin = Buyin(language: language)
        buyin.run(["start", "Idea", "--why", "x", "--decide-by", "2026-12-03"], expect: 0)
        let preRead = fr ? "Note de préparation" : "Pre-read"
        let before = buyin.run(["status"], expect: 0).out
        #expect(before.contains("  · " + preRead) && before.contains(fr ? "✓ faite" : "✓ done"), "\(before)")
        buyin.run(["brief", "--format", "json", "--output", "data.json"], expect: 0)
        buyin.run(["brief"], expect: 0)
        #expect(buyin.run(["status"], expect: 0).out.contains("  · " + preRead), "the data or the terminal is not a pre-read sent")
        buyin.run(["brief", "--format", "html", "--output", "pre-read.html"], expect: 0)
        #expect(buyin.run(["status"], expect: 0).out.contains("  ✓ " + preRead))
        #expect(try (buyin.json(["status"]) as! [String: Any])["completed"] as? [String] == ["why", "preRead"])

        let other = Buyin(language: language)
        other.run(["start", "Idea", "--why", "x"], expect: 0)
        other.run(["decision", "approved", "--reason", "Numbers"], expect: 0)
        let decided = other.run(["status"], expect: 0).out
        #expect(decided.contains("  – " + preRead) && !decided.contains("✓ " + preRead), "\(decided)")
        #expect(try (other.json(["status"]) as! [String: Any])["passed"] as? [String] == ["preRead"])
    }

    /// A goal's baseline and target follow the rule every number follows: what could be read two
    /// ways is refused, a number is kept in one form each reader's documents group their way,
    /// and words stay words.
    @Test func goalNumbersFollowTheNumberRule() throws {
        let english = Buyin(language: "en")
        english.run(["start", "Idea", "--why", "x"], expect: 0)
        let refused = english.run(["goal", "add", "Conversion", "--baseline", "1,5"], expect: 65)
        #expect(refused.errLines.count == 1 && refused.err.contains("1,5"), "\(refused.err)")
        english.run(["goal", "add", "Pipeline", "--baseline", "1,800", "--target", "2 400.5", "--unit", "k€"], expect: 0)
        english.run(["goal", "add", "Ranking", "--baseline", "top 10", "--target", "top 3"], expect: 0)
        let goals = try #require(try english.json(["goal", "list"]) as? [[String: Any]])
        #expect(goals.map { $0["baseline"] as? String } == ["1800", "top 10"] && goals.first?["target"] as? String == "2400.5")
        let french = Buyin(language: "fr")
        french.run(["start", "Idée", "--why", "x"], expect: 0)
        french.run(["goal", "add", "Conversion", "--baseline", "1,5", "--target", "2,25", "--unit", "%"], expect: 0)
        #expect(try (french.json(["goal", "list"]) as? [[String: Any]])?.first?["baseline"] as? String == "1.5")
        #expect(french.run(["brief"], expect: 0).out.contains("1,5 → 2,25"), "shown the French way")
        french.run(["goal", "add", "Leads", "--baseline", "1.234"], expect: 65)
    }

    /// A piped `start` with one line buyin cannot read says which line, and keeps nothing.
    @Test(arguments: ["en", "fr"])
    func aBadPipedLineIsNamed(language: String) throws {
        let buyin = Buyin(language: language)
        let lines = "Why\nGoals\nCare\nHow\nWhat\nAsk\nRecommendation\nOwner\n32 ducember\n"
        let refused = buyin.run(["start", "Piped"], input: lines, expect: 65)
        #expect(refused.errLines.count == 1 && refused.err.contains(language == "fr" ? "ligne 9" : "line 9"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: buyin.database), "nothing half-written")
        buyin.run(["start", "Piped"], input: lines.replacingOccurrences(of: "32 ducember", with: "2026-12-03"), expect: 0)
        #expect((try buyin.json(["why"]) as! [String: Any])["decideBy"] as? String == "2026-12-03")
    }
}
