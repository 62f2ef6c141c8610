import BuyInTestSupport
import Foundation
import Testing

/// `buyin brief` and `buyin demo` as a person runs them.
@Suite struct BriefCommandTests {
    @Test(arguments: ["en", "fr"])
    func demoPrintsThePreReadOfTheSampleCampaign(language: String) throws {
        let buyin = Buyin(language: language)
        let demo = buyin.run(["demo", "--lang", language])
        #expect(demo.code == 0, "\(demo.err)")
        #expect(demo.out.hasPrefix(language == "fr" ? "# Note de préparation" : "# Pre-read"))
        #expect(demo.out.contains(language == "fr" ? "## La décision" : "## The decision"))
        #expect(!FileManager.default.fileExists(atPath: buyin.database), "the demo never touches the user's database")
        let html = buyin.run(["demo", "--lang", language, "--format", "html", "--output", "demo.html"])
        #expect(html.code == 0, "\(html.err)")
        let page = try String(contentsOf: buyin.folder.appendingPathComponent("demo.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("lang=\"\(language)\""))
        #expect(permissions(of: buyin.folder.appendingPathComponent("demo.html").path) == 0o600)
        let again = buyin.run(["demo", "--format", "html", "--output", "demo.html"])
        #expect(again.code == 73)
        #expect(again.errLines.count == 1)
        #expect(buyin.run(["demo", "--format", "html", "--output", "demo.html", "--force"]).code == 0)
    }

    @Test func briefHeadingsFollowLangWhateverTheNotes() {
        let buyin = Buyin(language: "en")
        buyin.run(["start", "Idée en français", "--why", "Parce que nos clients sont sur LinkedIn", "--ask", "Approuver 50 k€"], expect: 0)
        let french = buyin.run(["brief", "--lang", "fr"])
        #expect(french.out.contains("## La décision"))
        #expect(french.out.contains("Approuver 50 k€"))
        let english = buyin.run(["brief"])
        #expect(english.out.contains("## The decision"))
        let json = buyin.run(["brief", "--format", "json"])
        #expect(json.out.contains("\"ask\" : \"Approuver 50 k€\""))
    }

    @Test func templateErrorsAreOneLineWithTheLineNumber() throws {
        let buyin = Buyin(language: "fr")
        buyin.run(["start", "Idée", "--why", "x"], expect: 0)
        let template = buyin.folder.appendingPathComponent("mine.mustache")
        try "{{title}}\n{{#people}}\n{{/wins}}\nmore\n".write(to: template, atomically: true, encoding: .utf8)
        let result = buyin.run(["brief", "--template", template.path])
        #expect(result.code == 65)
        #expect(result.errLines.count == 1)
        #expect(result.err.contains("ligne 3"), "\(result.err)")
        #expect(buyin.run(["brief", "--template", "/nonexistent.mustache"]).code == 66)
    }
}
