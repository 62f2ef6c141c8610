import Mustache
import Testing

/// The parse patch carried in Vendor/swift-mustache (PATCHES.md): reading a tag's delimiters
/// no longer measures the rest of the template, and a template that ends inside a tag is still
/// refused, wherever it ends.
@Suite struct MustacheParseTests {
    @Test(arguments: ["{{name", "{{{name}}", "{{#list}}", "a {{name}", "é {{#list}}"])
    func aTemplateEndingInsideATagIsRefused(source: String) {
        #expect(throws: MustacheTemplate.ParserError.self) { try MustacheTemplate(string: source) }
    }

    @Test func everyKindOfTagStillReads() throws {
        let template = try MustacheTemplate(string: "é {{name}} {{{raw}}} {{#list}}[{{.}}]{{/list}}{{^none}}∅{{/none}}{{! note }}.")
        #expect(template.render(["name": "<b>", "raw": "<i>", "list": ["1", "2"]] as [String: Any]) == "é &lt;b&gt; <i> [1][2]∅.")
    }

    /// A template of 2,000 tags (far longer than the bundled ones) parses and renders every tag.
    @Test func aLongTemplateReadsToTheEnd() throws {
        let source = String(repeating: "{{name}}é·", count: 2_000)
        let rendered = try MustacheTemplate(string: source).render(["name": "x"])
        #expect(rendered == String(repeating: "xé·", count: 2_000))
    }
}
