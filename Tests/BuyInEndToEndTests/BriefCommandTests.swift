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

    /// French sets the first of a month as « 1<sup>er</sup> » in the page's text, but not in the
    /// SVG pictures nor the `<title>`, where a `<sup>` would hide the letters.
    @Test func theFirstOfAMonthIsSuperscriptInTheFrenchPageOnly() throws {
        let buyin = Buyin(language: "fr")
        buyin.run(["start", "Vente sociale", "--why", "x", "--decide-by", "2027-03-01"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--stance", "sceptique"], expect: 0)
        // A Sunday that is the 1st: the support-over-time picture's first week (to Sunday) reads « 1er novembre ».
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-01", "--summary", "Premier point", "--after", "neutre"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-15", "--summary", "Second point", "--after", "favorable"], expect: 0)
        let html = buyin.run(["brief", "--format", "html"], expect: 0).out
        #expect(html.contains("1<sup>er</sup>\u{A0}mars 2027"), "the decision meeting's date")
        let pictures = html.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        #expect(!pictures.isEmpty && pictures.allSatisfy { !$0.contains("<sup>") }, "no markup inside a picture")
        #expect(pictures.contains { $0.contains("1er\u{A0}novembre") }, "the picture keeps the letters: \(pictures)")
        let english = Buyin(language: "en")
        english.run(["start", "Social selling", "--why", "x", "--decide-by", "2027-03-01"], expect: 0)
        #expect(!english.run(["brief", "--format", "html"], expect: 0).out.contains("<sup>"))
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

    /// The sample campaign is written as of this week whatever day it runs: its decision a week
    /// or two ahead, its 1:1s in the weeks before, never a decision already gone by.
    @Test(arguments: ["2026-11-22", "2026-12-06", "2027-03-10", "2027-03-13"])
    func theDemoMovesWithToday(today: String) throws {
        let buyin = Buyin(language: "en", today: today)
        let demo = buyin.run(["demo", "--format", "json"], expect: 0)
        let brief = try JSONSerialization.jsonObject(with: Data(demo.out.utf8)) as! [String: Any]
        let header = brief["header"] as! [String: Any]
        let day = { (iso: String) in Buyin.epochDays(iso) }
        let ahead = day(header["decideBy"] as! String) - day(today)
        #expect((5...11).contains(ahead), "decision \(header["decideBy"]!) for \(today)")
        let met = (brief["meetingLog"] as! [[String: Any]]).map { day($0["day"] as! String) }
        #expect(met.allSatisfy { $0 <= day(today) - 4 }, "a 1:1 after today")
        #expect(met.max()! >= day(today) - 10, "the last 1:1 long ago")
        #expect(buyin.run(["demo"], expect: 0).err.isEmpty)
    }
}
