import BuyInTestSupport
import Foundation
import Testing

/// `buyin prep NAME`: the page read before a 1:1, in both languages and every format; private
/// notes and quotes only when asked for.
@Suite struct PrepTests {
    static let note = "PRIVATE-PREP-NOTE", quote = "PRIVATE-PREP-QUOTE"

    static func campaign(language: String) -> Buyin {
        let buyin = Buyin(language: language)  // today: 2026-11-22
        for line in [
            ["start", "Social selling", "--why", "x", "--decide-by", "2026-12-03", "--decision-owner", "Margaret Lindqvist"],
            ["stakeholder", "add", "Margaret Lindqvist", "--role", "CFO", "--department", "Finance", "--influence", "5",
             "--stance", "skeptic", "--target", "supporter"],
            ["stakeholder", "add", "Marco Bianchi", "--department", "Sales", "--influence", "2", "--stance", "supporter"],
            ["stakeholder", "add", "Hélène Marchand", "--influence", "4", "--stance", "neutral"],
            ["stakeholder", "link", "Marco", "--influences", "Margaret"],
            ["stakeholder", "link", "Margaret", "--influences", "Hélène"],
            ["stakeholder", "edit", "Margaret", "--decision-role", "approver", "--veto"],
            ["goal", "add", "Cut acquisition cost", "--department", "finance", "--kpi", "Cost per lead", "--baseline", "120", "--target", "90", "--unit", "€"],
            ["goal", "add", "Grow pipeline", "--department", "Sales", "--kpi", "New pipeline"],
            ["meeting", "log", "Margaret", "--date", "2026-11-01", "--summary", "Coffee", "--next", "Book the CFO review"],
            ["meeting", "log", "Margaret", "--date", "2026-11-02", "--after", "neutral", "--summary", "First look", "--next", "Send the deck", "--due", "2026-11-30"],
            ["meeting", "log", "Margaret", "--date", "2026-11-16", "--after", "skeptic", "--summary", "Pilot numbers", "--outcome", "She reads the cost model",
             "--note", note, "--quote", quote, "--shared-quote", "Show me the pipeline", "--next", "Send the cost model", "--due", "2026-11-18"],
            ["meeting", "log", "Marco", "--date", "2026-11-10", "--next", "Marco's own step", "--due", "2026-11-12"],
            ["objection", "add", "Too expensive", "--from", "Margaret", "--date", "2026-11-02"],
            ["objection", "add", "Bad timing", "--from", "Margaret", "--date", "2026-11-16"],
            ["objection", "answer", "2", "Starts after the freeze"],
            ["objection", "add", "Reps are busy", "--from", "Marco"],
        ] {
            buyin.run(line, expect: 0)
        }
        return buyin
    }

    @Test(arguments: ["en", "fr"])
    func onePageToReadBeforeTheNextOneToOne(language: String) throws {
        let fr = language == "fr"
        let buyin = Self.campaign(language: language)
        let sheet = buyin.run(["prep", "Margaret"], expect: 0).out
        let lines = sheet.components(separatedBy: "\n")
        #expect(lines.first == (fr ? "Avant votre entretien individuel avec Margaret Lindqvist" : "Before your 1:1 with Margaret Lindqvist"))
        for expected in fr ? [
            "Rôle dans la décision\u{00A0}: décisionnaire, peut la bloquer",
            "Position\u{00A0}: sceptique aujourd’hui (objectif\u{00A0}: favorable)",
            "Évolution\u{00A0}: sceptique → neutre → sceptique",
            "Dernier entretien\u{00A0}: 16\u{00A0}novembre 2026 (3 entretiens en tout)",
            "Convenu\u{00A0}: She reads the cost model",
            "Réponse apportée\u{00A0}: Starts after the freeze",
            "« Show me the pipeline » (16\u{00A0}novembre 2026)".replacingOccurrences(of: "« ", with: "«\u{00A0}").replacingOccurrences(of: " »", with: "\u{00A0}»"),
            "Cost per lead\u{00A0}: 120 → 90\u{00A0}€",
            "Sous l’influence de\u{00A0}: Marco Bianchi (favorable)",
            "A de l’influence sur\u{00A0}: Hélène Marchand (neutre)",
            "Que faudrait-il pour que vous souteniez l’idée\u{202F}?",
        ] : [
            "Decision role: approver, can block it",
            "Stance: skeptic now, supporter needed",
            "How it moved: skeptic → neutral → skeptic",
            "Last 1:1: November 16, 2026 (3 1:1s in all)",
            "Agreed: She reads the cost model",
            "Answer given: Starts after the freeze",
            "“Show me the pipeline” (November 16, 2026)",
            "Cost per lead: 120 → 90 €",
            "Influenced by: Marco Bianchi (supporter)",
            "Has influence on: Hélène Marchand (neutral)",
            "What would it take for you to support the idea?",
            "You raised “Too expensive”: what would it take for you to consider it settled?",
            "Does the answer on “Bad timing” work for you?",
            "Where do we stand on “Send the cost model”?",
        ] {
            #expect(sheet.contains(expected), "\(expected) in:\n\(sheet)")
        }
        // Overdue first, then by due date, undated last; another person's step is not theirs.
        let steps = ["Send the cost model", "Send the deck", "Book the CFO review"].map { step in lines.firstIndex { $0.contains("- " + step) } }
        #expect(steps.allSatisfy { $0 != nil } && steps == steps.sorted { ($0 ?? 0) < ($1 ?? 0) }, "\(sheet)")
        #expect(!sheet.contains("Marco's own step") && !sheet.contains("Reps are busy") && !sheet.contains("New pipeline"))
        #expect(!sheet.contains(Self.note) && !sheet.contains(Self.quote))

        let mine = buyin.run(["prep", "Margaret", "--private"], expect: 0).out
        #expect(mine.contains(Self.note) && mine.contains(Self.quote), "\(mine)")
        #expect(mine.contains(fr ? "réservé à votre usage, à ne pas transférer" : "for your eyes only, do not forward"))
    }

    @Test(arguments: ["en", "fr"])
    func printedAsMarkdownOrHTMLWithTheSameCare(language: String) throws {
        let buyin = Self.campaign(language: language)
        buyin.run(["stakeholder", "edit", "Margaret", "--role", "<b>CFO</b> *now*"], expect: 0)
        let html = buyin.run(["prep", "Margaret", "--format", "html"], expect: 0).out
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"\(language)\">"))
        #expect(html.contains("&lt;b&gt;CFO&lt;/b&gt;") && !html.contains("<b>CFO</b>"), "a person's text is escaped")
        #expect(!html.contains(Self.note) && !html.contains(Self.quote))
        let markdown = buyin.run(["prep", "Margaret", "--format", "md"], expect: 0).out
        #expect(markdown.hasPrefix("# ") && markdown.contains("\\*now\\*"), "\(markdown)")
        #expect(!markdown.contains(Self.note) && !markdown.contains(Self.quote))
        let file = buyin.folder.appendingPathComponent("prep.html").path
        let written = buyin.run(["prep", "Margaret", "--private", "--format", "html", "--output", file], expect: 0)
        #expect(written.out.isEmpty && written.errLines.count == 1 && written.err.contains(file))
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.contains(Self.note) && page.contains(Self.quote))
        #expect(buyin.run(["prep", "Margaret", "--output", file]).code == 73, "an existing file is kept without --force")
    }

    @Test func theJSONSaysTheSameAndKeepsPrivateTextOut() throws {
        let buyin = Self.campaign(language: "en")
        let result = buyin.run(["prep", "Margaret", "--json"], expect: 0)
        #expect(!result.out.contains(Self.note) && !result.out.contains(Self.quote))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["stanceMoves"] as? [String] == ["skeptic", "neutral", "skeptic"])
        #expect((json["openSteps"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Send the cost model", "Send the deck", "Book the CFO review"])
        #expect((json["objections"] as? [[String: Any]])?.map { $0["status"] as? String } == ["open", "answered"])
        #expect((json["influencedBy"] as? [[String: Any]])?.first?["name"] as? String == "Marco Bianchi")
        #expect((json["questions"] as? [[String: Any]])?.map { $0["kind"] as? String }
                == ["stance", "openObjection", "unconfirmedAnswer", "overdueStep", "departmentGoal"])
        #expect(json["includesPrivate"] as? Bool == false && (json["notes"] as? [Any])?.isEmpty == true)
        let mine = buyin.run(["prep", "Margaret", "--json", "--private"], expect: 0).out
        #expect(mine.contains(Self.note) && mine.contains(Self.quote))
    }

    @Test(arguments: ["en", "fr"])
    func someoneNotOnTheMapOrNeverMet(language: String) throws {
        let buyin = Self.campaign(language: language)
        buyin.run(["start", "Second idea", "--why", "x"], expect: 0)
        let elsewhere = buyin.run(["prep", "Marco"])
        #expect(elsewhere.code != 0 && elsewhere.errLines.count == 1 && elsewhere.err.contains("Marco Bianchi"), "\(elsewhere.err)")
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        let fresh = buyin.run(["prep", "Marco"], expect: 0).out
        #expect(fresh.contains(language == "fr" ? "aucun entretien encore dans cette campagne" : "not met yet in this campaign"), "\(fresh)")
        #expect(fresh.contains(language == "fr" ? "Plus rien d’ouvert" : "Nothing is left open with them"), "\(fresh)")
        let unknown = buyin.run(["prep", "Nobody"])
        #expect(unknown.code != 0 && unknown.errLines.count == 1)
    }
}
