import BuyInTestSupport
import Foundation
import Testing

/// `--idea-change`: how the 1:1s shaped the idea, credited to who suggested each change, in
/// `meeting show`, `why` and the pre-read, in both languages.
@Suite struct IdeaChangeTests {
    static func campaign(language: String) -> Buyin {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Marco Bianchi"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--date", "2026-11-02", "--summary", "Pilot numbers",
                   "--idea-change", "Start with 25 seats, not 40", "--idea-change", "Split the budget in two halves"], expect: 0)
        buyin.run(["meeting", "log", "Marco", "--date", "2026-11-05", "--idea-change", "Train the reps first"], expect: 0)
        return buyin
    }

    @Test(arguments: ["en", "fr"])
    func creditedInWhyMeetingShowAndThePreRead(language: String) throws {
        let fr = language == "fr"
        let buyin = Self.campaign(language: language)
        let why = buyin.run(["why"], expect: 0).out
        #expect(why.contains(fr ? "Comment les entretiens individuels ont fait évoluer l’idée" : "How the idea changed from the 1:1s"), "\(why)")
        #expect(why.contains(fr ? "Start with 25 seats, not 40 (suggestion de Margaret Lindqvist, le 2\u{00A0}novembre 2026)"
                             : "Start with 25 seats, not 40 (suggested by Margaret Lindqvist, November 2, 2026)"), "\(why)")
        let lines = why.components(separatedBy: "\n")
        let order = ["Start with 25", "Split the budget", "Train the reps"].map { text in lines.firstIndex { $0.contains(text) } ?? -1 }
        #expect(order == order.sorted() && !order.contains(-1), "oldest first: \(why)")

        let show = buyin.run(["meeting", "show", "1"], expect: 0).out
        #expect(show.contains(fr ? "Modifications de l’idée" : "Changes to the idea") && show.contains("Split the budget in two halves"))

        let markdown = buyin.run(["brief"], expect: 0).out
        #expect(markdown.contains("## " + (fr ? "Comment les entretiens individuels ont fait évoluer l’idée" : "How the idea changed from the 1:1s")))
        #expect(markdown.contains("- Train the reps first — Marco Bianchi, " + (fr ? "5\u{00A0}novembre 2026" : "November 5, 2026")), "\(markdown)")
        let html = buyin.run(["brief", "--format", "html"], expect: 0).out
        #expect(html.contains("<ul class=\"idea-changes\">") && html.contains("Split the budget in two halves"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(buyin.run(["brief", "--format", "json"], expect: 0).out.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 4)
        #expect((json["ideaChanges"] as? [[String: Any]])?.map { $0["suggestedBy"] as? String } == ["Margaret Lindqvist", "Margaret Lindqvist", "Marco Bianchi"])
    }

    @Test func aPreReadWithoutChangesHasNoSuchSection() throws {
        let buyin = Buyin.withStakeholder()
        #expect(!buyin.run(["brief"], expect: 0).out.contains("How the idea changed"))
        #expect(!buyin.run(["why"], expect: 0).out.contains("How the idea changed"))
    }

    @Test func editedWithTheMeetingAndCarriedByExportAndImport() throws {
        let buyin = Self.campaign(language: "en")
        let added = buyin.run(["meeting", "edit", "2", "--idea-change", "Pilot in one region", "--json"], expect: 0).out
        let record = try #require(try JSONSerialization.jsonObject(with: Data(added.utf8)) as? [String: Any])
        #expect(record["ideaChanges"] as? [String] == ["Train the reps first", "Pilot in one region"], "options add to what is there")
        let blank = buyin.run(["meeting", "log", "Marco", "--idea-change", "  "])
        #expect(blank.code == 65 && blank.errLines.count == 1, "\(blank.err)")

        let file = buyin.folder.appendingPathComponent("moved.json").path
        buyin.run(["export", file], expect: 0)
        let other = Buyin()
        other.run(["import", file], expect: 0)
        let why = other.run(["why"], expect: 0).out
        #expect(why.contains("Pilot in one region (suggested by Marco Bianchi"), "\(why)")
        // The meeting gone, its changes go too.
        buyin.run(["meeting", "delete", "2"], expect: 0)
        #expect(!buyin.run(["why"], expect: 0).out.contains("Train the reps first"))
    }

    /// The `$EDITOR` form shows the changes recorded, and what is left there replaces them.
    @Test func theEditorFormReplacesThem() throws {
        let buyin = Self.campaign(language: "en")
        let editor = buyin.folder.appendingPathComponent("editor.sh").path
        try "#!/bin/sh\nsed -i 's/Split the budget in two halves/Budget in two halves, Q1 and Q3/' \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor)
        buyin.run(["meeting", "edit", "1", "--edit"], extraEnvironment: ["EDITOR": editor], expect: 0)
        let show = buyin.run(["meeting", "show", "1", "--json"], expect: 0).out
        let record = try #require(try JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any])
        #expect(record["ideaChanges"] as? [String] == ["Start with 25 seats, not 40", "Budget in two halves, Q1 and Q3"], "\(show)")
    }
}
