import BuyInTestSupport
import Foundation
import Testing

/// Who influences whom, and the chain of people that leads from a supporter to the person the
/// marketer needs: recorded, shown, searched, moved with the record, in both languages.
@Suite struct InfluenceTests {
    static func campaign(language: String) -> Buyin {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "x", "--decision-owner", "Hélène Marchand, CEO"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi", "--stance", "supporter"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--stance", "skeptic"], expect: 0)
        buyin.run(["stakeholder", "add", "Hélène Marchand", "--stance", "neutral"], expect: 0)
        buyin.run(["stakeholder", "add", "Julien Fabre"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--after", "neutral"], expect: 0)
        buyin.run(["stakeholder", "link", "Marco", "--influences", "Margaret"], expect: 0)
        buyin.run(["stakeholder", "link", "Margaret", "--influences", "Hélène"], expect: 0)
        return buyin
    }

    /// Page one names the chain to a decision owner not yet on side, or says none leads there;
    /// the HTML draws the network, coloured by stance.
    @Test(arguments: ["en", "fr"])
    func thePreReadShowsThePathAndTheNetwork(language: String) throws {
        let fr = language == "fr"
        let buyin = Self.campaign(language: language)
        let label = fr ? "**Chemin d’influence vers la personne qui décide\u{00A0}:**" : "**Path to the decision owner:**"
        let markdown = buyin.run(["brief"], expect: 0).out
        #expect(markdown.contains(label + (fr ? " Marco Bianchi (favorable) → Margaret Lindqvist (neutre) → Hélène Marchand (neutre)"
                                           : " Marco Bianchi (supporter) → Margaret Lindqvist (neutral) → Hélène Marchand (neutral)")), "\(markdown)")
        let html = buyin.run(["brief", "--format", "html"], expect: 0).out
        #expect(html.contains(fr ? "<h3>Qui influence qui</h3>" : "<h3>Who influences whom</h3>"))
        #expect(html.contains("<title>Marco Bianchi → Margaret Lindqvist</title>") && html.contains("class=\"st st-supporter\""), "\(html)")
        let data = Data(buyin.run(["brief", "--format", "json"], expect: 0).out.utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["influenceLinks"] as? [[String: Any]])?.count == 2)

        buyin.run(["stakeholder", "unlink", "Margaret", "--influences", "Hélène"], expect: 0)
        let cut = buyin.run(["brief"], expect: 0).out
        #expect(cut.contains(label + (fr ? " aucune chaîne d’influence ne mène encore à Hélène Marchand" : " no chain of influence reaches Hélène Marchand yet")), "\(cut)")
        buyin.run(["meeting", "log", "Hélène", "--after", "supporter"], expect: 0)
        #expect(!buyin.run(["brief"], expect: 0).out.contains(label), "on side: no path to show")
    }

    @Test(arguments: ["en", "fr"])
    func thePathLeadsFromASupporterToTheDecisionOwner(language: String) throws {
        let buyin = Self.campaign(language: language)
        let path = buyin.run(["stakeholder", "path"], expect: 0)
        let lines = path.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(path.out)")
        #expect(lines[0].contains("Hélène Marchand") && lines[0].contains(language == "fr" ? "personne qui décide" : "decision owner"), "\(lines)")
        #expect(lines[1].contains("1. Marco Bianchi") && lines[1].contains(language == "fr" ? "favorable" : "supporter"), "\(lines)")
        #expect(lines[2].contains("2. Margaret Lindqvist") && lines[2].contains(language == "fr" ? "neutre" : "neutral"), "\(lines)")
        #expect(lines[3].contains("3. Hélène Marchand") && lines[3].contains(language == "fr" ? "aucun entretien" : "not met yet"), "\(lines)")

        let json = try #require(try buyin.json(["stakeholder", "path"]) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["name"] as? String } == ["Marco Bianchi", "Margaret Lindqvist", "Hélène Marchand"])
        #expect(steps.map { $0["stance"] as? String } == ["supporter", "neutral", "neutral"])
        #expect(json["isDecisionOwner"] as? Bool == true)

        // No chain to Julien: nobody is recorded as influencing him, and buyin says how to add one.
        let none = buyin.run(["stakeholder", "path", "Julien"], expect: 0)
        #expect(none.out.contains("Julien Fabre") && none.out.contains("stakeholder link"), "\(none.out)")
        // Once someone is known to influence him, that person is named.
        buyin.run(["stakeholder", "link", "Hélène", "--influences", "Julien"], expect: 0)
        buyin.run(["stakeholder", "unlink", "Margaret", "--influences", "Hélène"], expect: 0)
        let openers = buyin.run(["stakeholder", "path", "Julien"], expect: 0)
        #expect(openers.out.contains("Hélène Marchand (" + (language == "fr" ? "neutre" : "neutral")), "\(openers.out)")
        // A supporter needs no one.
        let marco = buyin.run(["stakeholder", "path", "Marco"], expect: 0)
        #expect(marco.out.split(separator: "\n").count == 1 && marco.out.contains("Marco Bianchi"), "\(marco.out)")
    }

    @Test(arguments: ["en", "fr"])
    func linksAreShownBothWaysAndMistakesAreOneLine(language: String) throws {
        let buyin = Self.campaign(language: language)
        let show = buyin.run(["stakeholder", "show", "Margaret"], expect: 0)
        #expect(show.out.contains(language == "fr" ? "Sous l’influence de\u{00A0}: Marco Bianchi" : "Influenced by: Marco Bianchi"), "\(show.out)")
        #expect(show.out.contains("Hélène Marchand"), "\(show.out)")
        let own = buyin.run(["stakeholder", "link", "Marco", "--influences", "Marco"])
        #expect(own.code == 65 && own.errLines.count == 1 && own.err.contains("Marco Bianchi"), "\(own.err)")
        let missing = buyin.run(["stakeholder", "unlink", "Julien", "--influences", "Marco"])
        #expect(missing.code == 65 && missing.errLines.count == 1 && missing.err.contains("Julien Fabre"), "\(missing.err)")
        let nobody = buyin.run(["stakeholder", "link", "Nobody", "--influences", "Marco"])
        #expect(nobody.code == 65 && nobody.errLines.count == 1, "\(nobody.err)")
        // Recording a link twice keeps one.
        buyin.run(["stakeholder", "link", "Marco", "--influences", "Margaret"], expect: 0)
        let file = buyin.folder.appendingPathComponent("links.json").path
        buyin.run(["export", file], expect: 0)
        let export = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect((export["influences"] as? [Any])?.count == 2)
    }

    @Test func linksMoveWithAnExportAndWithAMerge() throws {
        let buyin = Self.campaign(language: "en")
        let file = buyin.folder.appendingPathComponent("export.json").path
        buyin.run(["export", file], expect: 0)
        let other = Buyin()
        other.run(["import", file], expect: 0)
        #expect(other.run(["stakeholder", "path"], expect: 0).out == buyin.run(["stakeholder", "path"], expect: 0).out)
        // A duplicate merged into the person kept: their links become the kept person's.
        buyin.run(["stakeholder", "add", "Marco B."], expect: 0)
        buyin.run(["stakeholder", "link", "Marco B.", "--influences", "Julien"], expect: 0)
        buyin.run(["stakeholder", "merge", "Marco B.", "Marco Bianchi"], expect: 0)
        let path = buyin.run(["stakeholder", "path", "Julien"], expect: 0)
        #expect(path.out.contains("1. Marco Bianchi") && path.out.contains("2. Julien Fabre"), "\(path.out)")
    }
}
