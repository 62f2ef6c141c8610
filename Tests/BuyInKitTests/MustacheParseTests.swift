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

    /// Names are read by a map of their ASCII characters (PATCHES.md): every character a name may
    /// hold is read, a transform's brackets too, and a standalone tag on a line that ends in
    /// "\r\n" still takes its whole line.
    @Test func namesAndLineEndsReadAsBefore() throws {
        let data: [String: Any] = ["a-Z_09?*": "every", "word": "up", "list": ["x"]]
        let names = try MustacheTemplate(string: "{{ a-Z_09?* }} {{uppercased(word)}}")
        #expect(names.render(data) == "every UP")
        let crlf = try MustacheTemplate(string: "top\r\n{{#list}}\r\n[{{.}}]\r\n{{/list}}\r\nend")
        #expect(crlf.render(data) == "top\r\n[x]\r\nend")
        #expect(throws: MustacheTemplate.ParserError.self) { try MustacheTemplate(string: "{{wörd}}") }
    }

    /// Whitespace inside a tag is read without the Unicode tables when it is ASCII (PATCHES.md):
    /// tabs, line breaks ("\r\n" among them) and a no-break space are still skipped, a name
    /// without brackets is still the whole name, and brackets that do not close are still refused.
    @Test func whitespaceInTagsAndPlainNamesReadAsBefore() throws {
        let data: [String: Any] = ["name": "x", "word": "up", "list": ["1"]]
        let spaced = try MustacheTemplate(string: "{{\tname\n}}|{{ \r\nname\u{A0}}}|{{#\u{2003}list }}{{.}}{{/ list\t}}|{{> \t part }}")
        #expect(spaced.render(data) == "x|x|1|")
        let transforms = try MustacheTemplate(string: "{{ lowercased(uppercased(word)) }}")
        #expect(transforms.render(data) == "up")
        for unbalanced in ["{{uppercased(word}}", "{{word)}}", "{{uppercased(word))}}"] {
            #expect(throws: MustacheTemplate.ParserError.self) { try MustacheTemplate(string: unbalanced) }
        }
        let delimiters = try MustacheTemplate(string: "{{=<% %>=}}<% name %>\n<%={{ }}=%>{{name}}")
        #expect(delimiters.render(data) == "x\nx")
    }

    /// Text and names are read a byte at a time where each byte is a character (PATCHES.md):
    /// a combining mark after a brace keeps it from opening a tag (and a closing one from closing
    /// it, so the tag is refused as unfinished), "\r\n" stays one
    /// line end (a standalone tag still takes its whole line), and text in other scripts, an
    /// emoji, a lone "\r" and a template ending on a multi-byte character read as before.
    @Test func textIsReadByCharacterWhereBytesWouldJoin() throws {
        let data: [String: Any] = ["name": "x", "list": ["1", "2"]]
        let marks = try MustacheTemplate(string: "a{\u{301}{name}} {{\u{301}name}}|\u{301}{{name}}")
        #expect(marks.render(data) == "a{\u{301}{name}} {{\u{301}name}}|\u{301}x")
        let lines = try MustacheTemplate(string: "é{{name}}ü\r\n{{#list}}\r\n{{.}}\u{1F44D}\r\n{{/list}}\r\nend\r{{name}}\rfin é")
        #expect(lines.render(data) == "éxü\r\n1\u{1F44D}\r\n2\u{1F44D}\r\nend\rx\rfin é")
        for joined in ["{{name}}\u{301}", "{{name}\u{301}}"] {
            #expect(throws: MustacheTemplate.ParserError.self) { try MustacheTemplate(string: joined) }
        }
    }
}

/// The render patch (PATCHES.md): the document is written into one string. Sections, lists,
/// inverted sections, a template held as a value, a lambda, and a partial whose lines are
/// indented (the one path that still keeps its text apart) write what they wrote before.
@Suite struct MustacheRenderBufferTests {
    @Test func everyKindOfTokenWritesItsTextInOrder() throws {
        let inner = try MustacheTemplate(string: "<{{name}}>")
        let data: [String: Any] = [
            "title": "T", "people": [["name": "A", "tags": ["x", "y"]], ["name": "B", "tags": [String]()]],
            "none": [String](), "yes": true, "no": false, "held": inner, "name": "N",
            "quiet": MustacheLambda { text in text.lowercased() },
        ]
        let template = try MustacheTemplate(string: """
            # {{title}}
            {{#people}}
            - {{name}}{{#tags}} {{.}}{{/tags}}{{^tags}} (none){{/tags}}
            {{/people}}
            {{^none}}empty{{/none}}|{{#yes}}Y{{/yes}}{{^no}}N{{/no}}{{#no}}bad{{/no}}|{{held}}|{{#quiet}}HI {{name}}{{/quiet}}
            """)
        #expect(template.render(data) == "# T\n- A x y\n- B (none)\nempty|YN|<N>|hi N")
    }

    /// The items of a list are rendered in one context whose top is replaced for each
    /// (PATCHES.md): each item sees its own values, its place (`first()`, `last()`, `index()`),
    /// and the names of the objects around it, in lists within lists too.
    @Test func eachItemOfAListSeesItselfItsPlaceAndItsParents() throws {
        let data: [String: Any] = [
            "title": "T", "one": ["x"], "none": [String](),
            "groups": [["name": "A", "items": ["a1", "a2", "a3"]], ["name": "B", "items": ["b1"]]],
        ]
        let template = try MustacheTemplate(string:
            "{{#groups}}{{name}}:{{#items}}{{index()}}{{#first()}}^{{/first()}}{{.}}/{{name}}/{{title}}{{#last()}}${{/last()}} {{/items}}|{{/groups}}"
            + "{{#one}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{.}}{{/one}}{{#none}}never{{/none}}")
        #expect(template.render(data) == "A:0^a1/A/T 1a2/A/T 2a3/A/T$ |B:0^b1/B/T$ |0FLx")
        // The same document as bytes, for a caller that writes it out (buyin's patch).
        #expect(template.renderUTF8(data) == Array("A:0^a1/A/T 1a2/A/T 2a3/A/T$ |B:0^b1/B/T$ |0FLx".utf8))
        #expect(try MustacheTemplate(string: "{{a}} — {{b}}").renderUTF8(["a": "Zoé", "b": "€"]) == Array("Zoé — €".utf8))
    }

    /// swift-mustache indents where one of the partial's own tokens starts a line: a section's
    /// later lines are written as they are, before this patch as after it.
    @Test func aPartialIndentsItsOwnLines() throws {
        var library = MustacheLibrary()
        try library.register("one\n{{#list}}\n* {{.}}\n{{/list}}\n", named: "part")
        try library.register("top\n  {{> part}}\nend", named: "page")
        #expect(library.render(["list": ["a", "b"]], withTemplate: "page") == "top\n  one\n  * a\n* b\nend")
    }
}
