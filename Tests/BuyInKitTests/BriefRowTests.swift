import Mustache
import Testing
@testable import BuyInKit

/// The rows of a pre-read's long lists keep the promises every object of the template data keeps.
struct BriefRowTests {
    @Test func aRowAnswersItsOwnNamesEvenBlankAndLeavesTheRestToItsParents() throws {
        _ = BriefRenderer.registerContentTypes
        let budget = RenderBudget()
        let names = RowNames()
        let rows = [BriefRow(budget, names, texts: ["who": "Ana", "outcome": ""]),
                    BriefRow(budget, names, texts: ["who": "Bruno", "outcome": "Yes"])]
        #expect((rows[0].child(named: "who") as? BriefText)?.text == "Ana")
        #expect((rows[0].child(named: "outcome") as? BriefText)?.isNull == true)
        #expect(rows[1].child(named: "title") == nil)
        #expect(rows[1].transform("count") as? Int == 2)
        #expect(rows[1].transform("empty") as? Bool == false)

        // A row of any values holds each as a node would: flags as they are, text and lists wrapped.
        let objection = BriefRow(budget, RowNames(), ["isOpen": true, "from": "", "tags": ["a", "b"]])
        #expect(objection.child(named: "isOpen") as? Bool == true)
        #expect((objection.child(named: "from") as? BriefText)?.isNull == true)
        #expect((objection.child(named: "tags") as? BriefList)?.transform("count") as? Int == 2)

        let view = BriefNode(budget, ["rows": rows, "title": "T", "outcome": "the parent's"])
        let template = try MustacheTemplate(string: "{{#rows}}{{who}}:{{outcome}}{{^outcome}}-{{/outcome}}{{title}}{{.}};{{/rows}}")
        #expect(template.render(view) == "Ana:-T;Bruno:YesT;")
    }
}
