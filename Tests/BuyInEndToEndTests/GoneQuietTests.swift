import BuyInTestSupport
import Foundation
import Testing

/// `status` and `followups` name the influential people not met for a while, and the key people
/// never met, until the decision.
@Suite struct GoneQuietTests {
    static func campaign(language: String) -> Buyin {
        let buyin = Buyin(language: language)  // today: 2026-11-22
        for line in [
            ["start", "Social selling", "--why", "x"],
            ["stakeholder", "add", "Margaret Lindqvist", "--influence", "5"],  // quiet after 14 days
            ["stakeholder", "add", "Hélène Marchand", "--influence", "3"],     // quiet after 28 days
            ["stakeholder", "add", "Julien Fabre", "--influence", "4"],        // never met: key
            ["stakeholder", "add", "Marco Bianchi", "--influence", "3"],       // never met: not key
            ["stakeholder", "add", "Paul Durand", "--influence", "2"],         // never checked on
            ["meeting", "log", "Margaret", "--date", "2026-11-02"],
            ["meeting", "log", "Hélène", "--date", "2026-11-02"],
            ["meeting", "log", "Paul", "--date", "2026-09-01"],
        ] {
            buyin.run(line, expect: 0)
        }
        return buyin
    }

    @Test(arguments: ["en", "fr"])
    func statusAndFollowupsNameWhoHasGoneQuiet(language: String) throws {
        let fr = language == "fr"
        let buyin = Self.campaign(language: language)
        let never = fr ? "Julien Fabre (influence 4), personne clé, n’a pas encore eu d’entretien individuel."
            : "Julien Fabre (influence 4) matters and has not had a 1:1 yet."
        let quiet = fr ? "Silence de Margaret Lindqvist (influence 5)\u{00A0}: aucun entretien individuel depuis 20 jours (le dernier le 2\u{00A0}novembre 2026)."
            : "Margaret Lindqvist (influence 5) has gone quiet: no 1:1 for 20 days (last on November 2, 2026)."
        for arguments in [["status"], ["followups"]] {
            let out = buyin.run(arguments, expect: 0).out
            #expect(out.contains(never) && out.contains(quiet), "\(arguments): \(out)")
            #expect(out.range(of: "Julien")!.lowerBound < out.range(of: "Margaret Lindqvist (influence")!.lowerBound, "never met first")
            for name in ["Hélène", "Marco", "Paul"] { #expect(!out.contains(name + " "), "\(name) is not quiet: \(out)") }
        }
        // The help wraps its lines to the terminal: read it as one line.
        let help = buyin.run(["status", "--help"], expect: 0).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains(fr ? "2 semaines pour une influence 5" : "2 weeks for influence 5"), "the rule is in the help")
    }

    @Test func theJSONNamesThemAndADecisionEndsIt() throws {
        let buyin = Self.campaign(language: "en")
        // A veto holder not met yet is named once, by the decision warnings.
        buyin.run(["stakeholder", "add", "Claire Dubois", "--influence", "5"], expect: 0)
        buyin.run(["stakeholder", "edit", "Claire", "--veto"], expect: 0)
        #expect(buyin.run(["status"], expect: 0).out.components(separatedBy: "Claire Dubois").count - 1 == 1)
        let status = try #require(try buyin.json(["status"]) as? [String: Any])
        let quiet = try #require(status["goneQuiet"] as? [[String: Any]])
        #expect(quiet.map { $0["name"] as? String } == ["Julien Fabre", "Margaret Lindqvist"])
        #expect(quiet.last?["daysSince"] as? Int == 20 && quiet.last?["lastMet"] as? String == "2026-11-02")
        #expect(quiet.first?["lastMet"] is NSNull || quiet.first?["lastMet"] == nil)
        let list = buyin.run(["followups", "--json"], expect: 0).out
        #expect(!list.contains("Julien"), "the list's JSON stays a list of steps")
        buyin.run(["meeting", "log", "Margaret"], expect: 0)
        #expect(!buyin.run(["status"], expect: 0).out.contains("Margaret Lindqvist (influence"), "met today")
        buyin.run(["decision", "approved"], expect: 0)
        let decided = try #require(try buyin.json(["status"]) as? [String: Any])
        #expect(decided["goneQuiet"] == nil || decided["goneQuiet"] is NSNull)
        #expect(!buyin.run(["followups"], expect: 0).out.contains("Julien"))
    }
}
