import BuyInTestSupport
import Foundation
import Testing

/// `meeting edit`: a meeting logged wrong is put right, from options or in `$EDITOR`, and a
/// field the editor form gets wrong keeps the draft instead of losing it.
@Suite struct MeetingEditTests {
    static func meeting(_ buyin: Buyin, _ id: Int = 1) throws -> [String: Any] {
        (try buyin.json(["meeting", "show", String(id)]) as! [String: Any])["meeting"] as! [String: Any]
    }

    @Test(arguments: ["en", "fr"])
    func optionsReplaceWhatWasRecorded(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["stakeholder", "add", "Julie Martin"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Pilot talk", "--note", "Old note", "--date", "2026-11-02"], expect: 0)
        let date = language == "fr" ? "24/11/2026" : "11/24/2026"
        let edited = buyin.run(["meeting", "edit", "1", "--stakeholder", "Julie", "--summary", "Pilot numbers", "--date", date,
                                "--after", language == "fr" ? "favorable" : "supporter", "--note", "New note"], expect: 0)
        #expect(edited.out.contains("Julie Martin") && !edited.out.contains("Old note"))
        let meeting = try Self.meeting(buyin)
        #expect(meeting["stakeholder"] as? String == "Julie Martin")
        #expect(meeting["day"] as? String == "2026-11-24")
        #expect(meeting["summary"] as? String == "Pilot numbers")
        #expect(meeting["stanceAfter"] as? String == "supporter")
        #expect((try buyin.json(["meeting", "show", "1"]) as! [String: Any])["notes"] as? [String] == ["Old note", "New note"])
        #expect((try buyin.json(["meeting", "list", "--stakeholder", "Julie"]) as! [Any]).count == 1, "the meeting moved to Julie")

        // Nothing to change, a bad field, an unknown meeting: one line, nothing changed.
        buyin.run(["meeting", "edit", "1"], expect: 65)
        buyin.run(["meeting", "edit", "1", "--date", "32/13/2026"], expect: 65)
        buyin.run(["meeting", "edit", "9", "--summary", "x"], expect: 65)
        #expect(try Self.meeting(buyin)["day"] as? String == "2026-11-24")
    }

    @Test(arguments: ["en", "fr"])
    func theEditorFormKeepsTheDraftOnABadField(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["meeting", "log", "Margaret", "--summary", "Pilot talk", "--note", "Old note", "--note", "Kept note",
                   "--date", "2026-11-02"], expect: 0)
        // First round: the person rewrites the summary, deletes a note and mistypes the date;
        // second round: they fix the date in the draft buyin gave back.
        let script = buyin.folder.appendingPathComponent("editor.sh")
        let rounds = buyin.folder.appendingPathComponent("rounds")
        try """
            #!/bin/sh
            n=$(cat '\(rounds.path)' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '\(rounds.path)'
            cp "$1" '\(rounds.path)'.$n
            if [ $n = 1 ]; then
              sed -i -e 's/^2026-11-02$/32 ducember/' -e 's/^Pilot talk$/Pilot talk, rewritten/' -e '/^Old note$/d' "$1"
            else
              sed -i 's/^32 ducember$/2026-11-20/' "$1"
            fi

            """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o700)
        let edited = buyin.run(["meeting", "edit", "1", "--edit"], extraEnvironment: ["EDITOR": script.path], expect: 0)
        #expect(edited.errLines.count == 1 && edited.err.contains("32 ducember"), "the rejected date is named: \(edited.err)")
        let secondDraft = try String(contentsOf: URL(fileURLWithPath: rounds.path + ".2"), encoding: .utf8)
        #expect(secondDraft.contains("Pilot talk, rewritten") && !secondDraft.contains("Old note"), "the draft came back as written")
        #expect(secondDraft.hasPrefix("# !"), "with the error on top")
        let record = try buyin.json(["meeting", "show", "1"]) as! [String: Any]
        let meeting = record["meeting"] as! [String: Any]
        #expect(meeting["day"] as? String == "2026-11-20")
        #expect(meeting["summary"] as? String == "Pilot talk, rewritten")
        #expect(record["notes"] as? [String] == ["Kept note"], "a note deleted in the form is deleted")

        // A draft saved again unchanged gives up with the error, and records nothing.
        let stubborn = buyin.folder.appendingPathComponent("stubborn.sh")
        try "#!/bin/sh\nsed -i 's/^2026-11-20$/not a date/' \"$1\"\n".write(to: stubborn, atomically: true, encoding: .utf8)
        chmod(stubborn.path, 0o700)
        let gaveUp = buyin.run(["meeting", "edit", "1", "--edit"], extraEnvironment: ["EDITOR": stubborn.path], expect: 65)
        #expect(gaveUp.errLines.count == 2, "the error, once per round: \(gaveUp.err)")
        #expect(try Self.meeting(buyin)["day"] as? String == "2026-11-20")

    }
}
