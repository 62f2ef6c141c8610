@testable import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// The pre-read read as a director would: page one decides, the risks and the options are in
/// view, the JSON is a stable data format.
@Suite struct DecisionMemoTests {
    static func briefing(_ extra: (SQLiteStore) throws -> Void = { _ in }) throws -> (Briefing, TemporaryFolder) {
        let folder = TemporaryFolder()
        let store = try Fixture.campaign(in: folder)
        try extra(store)
        return (try store.briefing(of: .current, prepared: Fixture.prepared), folder)
    }

    /// The summary block of the HTML pre-read: what prints on page one.
    static func pageOne(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"summary\""), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else {
            return ""
        }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test(arguments: [Language.en, .fr])
    func pageOneNamesTheDecisionOwnersOpenObjectionFirst(language: Language) throws {
        // A second open objection, raised earlier by someone else: the decision owner's still comes first.
        let (briefing, _) = try Self.briefing { store in
            var other = ObjectionEntry(text: "Reps have no time", day: Day(iso: "2026-10-02")!)
            other.stakeholder = "Marco"
            _ = try store.addObjection(other, in: .current)
        }
        let l = Localizer.loadOrBare(language)
        let page = Self.pageOne(try BriefRenderer.render(briefing, format: .html, localizer: l))
        let owner = try #require(page.range(of: "Why now, during the pricing overhaul?"))
        let other = try #require(page.range(of: "Reps have no time"))
        #expect(owner.lowerBound < other.lowerBound, "the decision owner's objection is listed first")
        #expect(page.contains("Hélène Marchand <strong>(\(l.text("brief.decisionOwnerMark")))</strong>"))
        #expect(page.contains(l.text("brief.supportMethod").replacingOccurrences(of: "’", with: "’")))
        // The cost and the return of the recommended option, and the cost of saying no, are on page one;
        // no risk is accepted yet, so no main risk repeats an open objection.
        #expect(page.contains("Full programme | 25 reps") && page.contains("€600k of pipeline a year"))
        #expect(page.contains(MetricText.value(50, unit: "k€", l)))
        #expect(page.contains("\(l.text("brief.ifNot"))\(l.text("brief.colon"))</span> Competitors stay first in our buyers&#39; feeds."))
        #expect(!page.contains(l.text("brief.topRisk")))
        #expect(briefing.summary.openObjections.map(\.objection) == ["Why now, during the pricing overhaul?", "Reps have no time"])
    }

    @Test func withoutAnOpenObjectionPageOneSaysSo() throws {
        let (briefing, _) = try Self.briefing { store in
            for objection in try store.objections(in: .current, onlyOpen: true) {
                _ = try store.move(objection: objection.id, in: .current, .answer(response: "We go ahead in Q1.", confirmed: false))
                _ = try store.move(objection: objection.id, in: .current, .accept)
            }
        }
        let l = Localizer.loadOrBare(.en)
        let page = Self.pageOne(try BriefRenderer.render(briefing, format: .html, localizer: l))
        #expect(page.contains(l.text("brief.noOpenObjections")))
        // The accepted objection is now the risk that matters, with its mitigation, and sits in the risk table.
        #expect(page.contains("\(l.text("brief.topRisk")):</span> Why now") && page.contains("We go ahead in Q1."))
        let markdown = try BriefRenderer.render(briefing, format: .markdown, localizer: l)
        #expect(markdown.contains("## \(l.text("brief.risks"))"))
        #expect(markdown.contains("| Why now, during the pricing overhaul? | Sales attention split between two changes | We go ahead in Q1. | Hélène Marchand |"))
    }

    @Test func answeredButUnconfirmedObjectionsAreFlagged() throws {
        let (briefing, _) = try Self.briefing { store in
            let timing = try #require(try store.objections(in: .current, onlyOpen: true).first)
            _ = try store.move(objection: timing.id, in: .current, .answer(response: "Launch after the pricing change.", confirmed: false))
        }
        let markdown = try BriefRenderer.render(briefing, format: .markdown, localizer: Localizer.loadOrBare(.en))
        #expect(markdown.contains("**[ANSWERED, NOT CONFIRMED] Why now, during the pricing overhaul?**"))
        #expect(markdown.contains("**[RESOLVED] The tool costs too much**"))
    }

    @Test func peopleNotMetHaveNoFirstMeetingStanceAndRolesAreNotRepeated() throws {
        let (briefing, _) = try Self.briefing { store in
            _ = try store.addStakeholder(Stakeholder(name: "Sophie Nguyen", role: "Head of HR", department: "HR", influence: 3),
                                         in: .current, target: .supporter, stance: .neutral)
        }
        let markdown = try BriefRenderer.render(briefing, format: .markdown, localizer: Localizer.loadOrBare(.en))
        // Julien was never met: his known stance is where he stands now, not a first meeting's.
        #expect(markdown.contains("| Julien Fabre | Legal | 4 | — | blocker (not met yet) | neutral |"))
        #expect(markdown.contains("| Sophie Nguyen | Head of HR | 3 |"))
        #expect(!markdown.contains("Head of HR, HR"))
        #expect(markdown.contains("| Margaret Lindqvist | CFO, Finance | 5 | skeptic |"))
    }

    @Test func optionsCostOfInactionAndSuccessMeasuresAreShown() throws {
        let (briefing, _) = try Self.briefing()
        let french = Localizer.loadOrBare(.fr)
        let markdown = try BriefRenderer.render(briefing, format: .markdown, localizer: french)
        #expect(markdown.contains("| **Full programme \\| 25 reps** (\(french.text("brief.recommendedMark"))) | 50\u{00A0}k€ |"))
        #expect(markdown.contains("**\(french.text("brief.ifNot"))\u{00A0}:** Competitors stay first in our buyers' feeds."))
        #expect(markdown.components(separatedBy: "Competitors stay first").count == 2, "what happens if not: once, on page one")
        #expect(markdown.contains("| New pipeline | 1\u{202F}800 → 2\u{202F}400\u{00A0}k€ | 30\u{00A0}juin 2027 |"))
    }

    @Test func theGridPlacesEachPersonAndDrawsTheirMove() throws {
        let (briefing, _) = try Self.briefing()
        let html = try BriefRenderer.render(briefing, format: .html, localizer: Localizer.loadOrBare(.en))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 4, "the grid, the slope chart, the network and the trend")
        #expect(html.contains("<title id=\"grid-title\">Power and interest</title>"))
        // Margaret moved from skeptic to supporter: one arrow; Julien was never met: none.
        let margaret = try #require(briefing.stakeholders.people.first { $0.name == "Margaret Lindqvist" })
        let budget = RenderBudget()  // the nodes point to it unowned; nothing here renders them
        let nodes = BriefPictures.grid(briefing.stakeholders.people, Localizer.loadOrBare(.en), budget)
        let arrows = nodes.filter { ($0.values["hasArrow"] as? Bool) == true }.compactMap { ($0.values["name"] as? BriefText)?.text }
        #expect(arrows.contains(margaret.name) && !arrows.contains("Julien Fabre"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
    }

    @Test func aCrowdedSquareStaysInsideTheGrid() throws {
        let people = (1...11).map {
            Briefing.Person(name: "Person \($0)", role: "", department: "", influence: 5, interest: 5, meetings: 1, firstStance: .neutral,
                            currentStance: .supporter, targetStance: nil, isDecisionOwner: false)
        }
        let l = Localizer.loadOrBare(.en)
        let budget = RenderBudget()  // the nodes point to it unowned; nothing here renders them
        let nodes = BriefPictures.grid(people, l, budget)
        #expect(nodes.count == 3, "two people drawn, the nine others counted")
        #expect((nodes.last?.values["more"] as? BriefText)?.text == "+9 more")
        for node in nodes {
            let y = Double((node.values["labelY"] as! BriefText).text)!
            #expect(y > BriefPictures.plotTop && y < BriefPictures.midY(), "in the high-influence half")
        }
        // Three in a square are all drawn, their names beside their markers.
        let three = BriefPictures.grid(Array(people.prefix(3)), l, budget)
        #expect(three.count == 3 && three.allSatisfy { ($0.values["anchor"] as? BriefText)?.text == "end" }, "left of the markers in the last column")
    }

    @Test func anEmptyCampaignHasNoEmptyPageOne() throws {
        let folder = TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("bare.sqlite"))
        _ = try store.startCampaign(title: "Bare idea", author: "", circle: GoldenCircle.Change(), today: Fixture.prepared)
        let markdown = try BriefRenderer.render(store.briefing(of: .current, prepared: Fixture.prepared), format: .markdown,
                                                localizer: Localizer.loadOrBare(.en))
        #expect(!markdown.contains("## The decision"))
        #expect(!markdown.contains("\n\n\n"), "no double blank line")
    }

    @Test func jsonIsADataFormatWithNullsAndNumbers() throws {
        let folder = TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("bare.sqlite"))
        _ = try store.startCampaign(title: "Bare idea", author: "", circle: GoldenCircle.Change(), today: Fixture.prepared)
        _ = try store.addGoal(GoalEntry(text: "Grow", baseline: "1800", target: "lots"), in: .current)
        let json = try BriefRenderer.json(store.briefing(of: .current, prepared: Fixture.prepared))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == Briefing.schemaVersion)
        #expect(object["why"] is NSNull && object["ask"] is NSNull)
        let header = try #require(object["header"] as? [String: Any])
        #expect(header["decideBy"] is NSNull && header["author"] is NSNull)
        let goal = try #require((object["alignment"] as? [[String: Any]])?.first)
        #expect(goal["baselineValue"] as? Double == 1800 && goal["targetValue"] is NSNull && goal["target"] as? String == "lots")
        #expect(!json.contains(": \"\""), "no empty text: a missing value is null")
    }

    @Test func jsonTemplatesWritePlainText() throws {
        let (briefing, folder) = try Self.briefing()
        let path = folder.file("plain.mustache")
        try "{{title}} | {{circle.why}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let text = try BriefRenderer.render(briefing, format: .json, localizer: Localizer.loadOrBare(.en), templatePath: path)
        #expect(text == "Social selling | Buyers read LinkedIn before they call us. <script>alert('x')</script>\n")
    }

    @Test func bidiControlsAreDroppedFromDocuments() throws {
        let (briefing, _) = try Self.briefing { store in
            _ = try store.addWin(text: "Signed \u{202E}fdp.exe\u{202C} and \u{2067}isolated\u{2069}", day: Day(iso: "2026-11-01")!, kind: .other,
                                 people: [], in: .current)
        }
        for format in [BriefFormat.html, .markdown] {
            let document = try BriefRenderer.render(briefing, format: format, localizer: Localizer.loadOrBare(.en))
            #expect(document.contains("Signed fdp.exe and isolated"), "\(format)")
            #expect(!document.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        }
    }

    @Test func markdownEscapesAListMarkerButNotADecimal() {
        let escaping = MarkdownEscaping()
        #expect(escaping.escapeText("1. Not a list") == "1\\. Not a list")
        #expect(escaping.escapeText("2) Nor this") == "2\\) Nor this")
        #expect(escaping.escapeText("50.5 k€") == "50.5 k€")
        #expect(escaping.escapeText("3.") == "3\\.")
    }

    @Test func printedPagesCarryTheirNumberAndTheConfidentialityLine() throws {
        let (briefing, _) = try Self.briefing()
        let l = Localizer.loadOrBare(.fr)
        let html = try BriefRenderer.render(briefing, format: .pdf, localizer: l, paper: "A4")
        #expect(html.contains("@page { size: A4; @bottom-left { content: \"\(l.text("brief.confidential"))\"; } }"))
        #expect(html.contains("content: counter(page) \" / \" counter(pages)"))
        #expect(BriefRenderer.cssString("a\"b\\c</style>\nd") == "a\\\"b\\\\c\\3C /style>\\A d")
    }
}
