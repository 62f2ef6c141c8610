import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// The pre-read in every format and both languages, compared with committed expected files.
/// After an intended change, regenerate them with `BUYIN_UPDATE_GOLDEN=1 swift test` and read the diff.
@Suite struct BriefTests {
    static let golden = SourceTree.url("Tests/BuyInKitTests/Golden")

    static func render(_ format: BriefFormat, _ language: Language) throws -> String {
        let folder = TemporaryFolder()
        let store = try Fixture.campaign(in: folder)
        let briefing = try store.briefing(of: .current, prepared: Fixture.prepared)
        return try BriefRenderer.render(briefing, format: format, localizer: Localizer.load(language))
    }

    @Test(arguments: [BriefFormat.markdown, .html, .json], [Language.en, .fr])
    func matchesTheExpectedDocument(format: BriefFormat, language: Language) throws {
        let document = try Self.render(format, language)
        let ext = ["markdown": "md", "html": "html", "json": "json"][format.rawValue]!
        let file = Self.golden.appendingPathComponent("brief-\(language.rawValue).\(ext)")
        if ProcessInfo.processInfo.environment["BUYIN_UPDATE_GOLDEN"] == "1" {
            try document.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(document == expected, "differs from \(file.lastPathComponent)")
    }

    @Test(arguments: [BriefFormat.markdown, .html, .json], [Language.en, .fr])
    func privateMaterialNeverAppears(format: BriefFormat, language: Language) throws {
        let document = try Self.render(format, language)
        #expect(!document.contains("PRIVATE-NOTE"))
        #expect(!document.contains("PRIVATE-QUOTE"))
        #expect(!document.contains("angling"))
        #expect(document.contains("Three meetings I would never have booked cold."))
    }

    @Test func htmlEscapesEveryUserString() throws {
        let html = try Self.render(.html, .en)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert("))
        #expect(!html.contains("<b>first</b>"))
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must be self-contained")
    }

    @Test func markdownKeepsTablesAndHeadingsIntact() throws {
        let markdown = try Self.render(.markdown, .en)
        #expect(markdown.contains("Feeds the pipeline goal \\| and the inbound goal"))
        #expect(markdown.contains("Show me the pipeline \\| then we talk."))
        #expect(!markdown.contains("\n# Not a heading"))
        #expect(!markdown.contains("<b>first</b>"))
        // Every row of every table has as many unescaped pipes as its header.
        let tables = markdown.components(separatedBy: "\n\n").map { $0.split(separator: "\n") }.filter { $0.first?.hasPrefix("|") ?? false }
        #expect(tables.count >= 5)
        for table in tables {
            let pipes = table.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
            #expect(Set(pipes).count == 1, "\(table.first ?? "")")
        }
    }

    @Test func openObjectionsAreMarkedAndEmptySectionsLeftOut() throws {
        let markdown = try Self.render(.markdown, .en)
        #expect(markdown.contains("[OPEN] Why now, during the pricing overhaul?"))
        let french = try Self.render(.markdown, .fr)
        let openMark = Localizer.loadOrBare(.fr).text("brief.openMark")
        #expect(openMark != "OPEN" && french.contains("[\(openMark)] Why now, during the pricing overhaul?"))
        let folder = TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("bare.sqlite"))
        _ = try store.startCampaign(title: "Bare idea", author: "", circle: GoldenCircle.Change(), today: Fixture.prepared)
        let bare = try BriefRenderer.render(store.briefing(of: .current, prepared: Fixture.prepared), format: .markdown, localizer: Localizer.load(.en))
        #expect(!bare.contains("## Stakeholders"))
        #expect(!bare.contains("## Objections"))
        #expect(!bare.contains("## The ask"))
    }

    @Test func userTemplateErrorsNameTheLine() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.campaign(in: folder)
        let path = folder.file("broken.mustache")
        try "Title: {{title}}\nLine two\n{{#people}}unclosed\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: BuyInError.self) {
            try BriefRenderer.render(store.briefing(of: .current, prepared: Fixture.prepared), format: .markdown,
                                     localizer: Localizer.load(.en), templatePath: path)
        }
        do {
            _ = try BriefRenderer.render(store.briefing(of: .current, prepared: Fixture.prepared), format: .markdown,
                                         localizer: Localizer.load(.en), templatePath: path)
        } catch let error as BuyInError {
            guard case .templateSyntax(_, let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(line >= 3)
            #expect(error.message(Localizer.loadOrBare(.en)).contains("line"))
        }
        try "# {{title}} for {{decisionOwner}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let custom = try BriefRenderer.render(store.briefing(of: .current, prepared: Fixture.prepared), format: .markdown,
                                              localizer: Localizer.load(.en), templatePath: path)
        #expect(custom == "# Social selling for Hélène Marchand, CEO\n")

        // swift-mustache's transforms work on our text and objects as on strings and dictionaries.
        try "{{uppercased(title)}}{{#empty(people)}} none{{/empty(people)}}{{^empty(labels)}} labelled{{/empty(labels)}}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let transformed = try BriefRenderer.render(store.briefing(of: .current, prepared: Fixture.prepared), format: .markdown,
                                                   localizer: Localizer.load(.en), templatePath: path)
        #expect(transformed == "SOCIAL SELLING labelled\n")
    }
}
