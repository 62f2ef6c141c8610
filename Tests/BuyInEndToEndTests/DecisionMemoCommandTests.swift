import BuyInTestSupport
import Foundation
import Testing

/// The commands behind the decision memo, run as a marketer would: options, the cost of saying
/// no, review dates, the grid in the terminal, the calendar file, the printed PDF.
@Suite struct DecisionMemoCommandTests {
    /// Runs a program of the machine (python3, pdfinfo) with the test's environment.
    static func tool(_ buyin: Buyin, _ path: String, _ arguments: [String]) -> Buyin.Result {
        buyin.run(arguments, binary: URL(fileURLWithPath: path))
    }

    @Test(arguments: ["en", "fr"])
    func optionsKeepOneRecommendedAndReachThePreRead(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["option", "add", "Full programme", "--cost", language == "fr" ? "50,5" : "50.5", "--unit", "k€",
                   "--return", "€600k of pipeline", "--pros", "Launches in January", "--recommended"], expect: 0)
        buyin.run(["option", "add", "Extend the pilot", "--cost", "14", "--unit", "k€", "--recommended"], expect: 0)
        let rows = try #require(try buyin.json(["option", "list"]) as? [[String: Any]])
        #expect(rows.map { $0["isRecommended"] as? Bool } == [false, true], "marking one takes the mark off the other")
        #expect(rows.first?["cost"] as? Double == 50_500 && rows.first?["costUnit"] as? String == "EUR", "thousands of euros, in full")
        // A cost that is not a number changes nothing.
        let bad = buyin.run(["option", "edit", "1", "--cost", "lots", "--recommended"])
        #expect(bad.code == 65 && bad.errLines.count == 1)
        let both = buyin.run(["option", "edit", "2", "--recommended", "--not-recommended"])
        #expect(both.code == 64 && both.errLines.count == 1)
        let missing = buyin.run(["option", "delete", "99"])
        #expect(missing.code == 65 && missing.err.contains("option list") && !missing.err.contains("error."))
        buyin.run(["option", "edit", "2", "--not-recommended"], expect: 0)
        buyin.run(["option", "edit", "1", "--recommended"], expect: 0)
        buyin.run(["why", "--if-not", "Competitors stay first in our buyers' feeds"], expect: 0)
        buyin.run(["goal", "add", "Grow pipeline", "--kpi", "Pipeline", "--baseline", "1800", "--target", "2400", "--review-on", "2027-06-30"], expect: 0)
        let brief = buyin.run(["brief"], expect: 0).out
        #expect(brief.contains(language == "fr" ? "50\u{202F}500\u{00A0}€ — Full programme" : "€50,500 — Full programme"), "\(brief)")
        #expect(brief.contains("Competitors stay first in our buyers' feeds"))
        #expect(brief.contains(language == "fr" ? "30\u{00A0}juin 2027" : "June 30, 2027"))
        buyin.run(["option", "delete", "2"], expect: 0)
        #expect(!buyin.run(["option", "list"], expect: 0).out.contains("Extend the pilot"))
        #expect(buyin.run(["goal", "edit", "1", "--review-on", "someday"]).code == 65)
    }

    @Test func stakeholderMapDrawsTheGridWithoutColourInAPipe() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["stakeholder", "edit", "Margaret", "--influence", "5", "--interest", "2", "--initial-stance", "skeptic"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi", "--influence", "2", "--interest", "5"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--after", "supporter"], expect: 0)
        let map = buyin.run(["stakeholder", "map"], expect: 0).out
        let lines = map.split(separator: "\n")
        #expect(map.contains("KEEP SATISFIED") && map.contains("KEEP INFORMED"))
        let margaret = try #require(lines.firstIndex { $0.contains("+ Margaret Lindqvist") })
        #expect(lines[margaret - 1].hasPrefix("Influence ↑") && lines[margaret - 1].contains("KEEP SATISFIED"))
        #expect(lines[margaret + 1].contains("│   skeptic → supporter "))
        #expect(lines.first { $0.contains("Marco Bianchi") }.map { $0.firstRange(of: "Marco")!.lowerBound > $0.firstRange(of: "│ ")!.upperBound } == true)
        // Every line of the box is as wide as the others.
        #expect(Set(lines.dropFirst().dropLast().map(\.count)).count == 1)
        #expect(!map.contains("\u{1B}["), "no colour codes outside a terminal")
        // A name typed with an escape sequence is shown, not obeyed, in the grid and in listings.
        buyin.run(["stakeholder", "add", "Esc\u{1B}[31mName"], expect: 0)
        #expect(!buyin.run(["stakeholder", "map"], expect: 0).out.contains("\u{1B}"))
        #expect(buyin.run(["stakeholder", "list"], expect: 0).out.contains("Esc\\u{1B}[31mName"))
        let json = buyin.run(["stakeholder", "map", "--json"], expect: 0).out
        #expect(json.contains("\"quadrant\" : \"KeepSatisfied\""))
    }

    /// Tables and the map fit the terminal (`COLUMNS`, else the terminal's own width): the widest
    /// columns give way, cut with "…"; a pipe without `COLUMNS` takes every line whole.
    @Test func tablesAndTheMapFollowTheTerminalWidth() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["stakeholder", "edit", "Margaret", "--role", "Chief Financial Officer and Head of Procurement, EMEA",
                   "--department", "Finance", "--influence", "5"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--summary", String(repeating: "A long summary of what was said. ", count: 4)], expect: 0)
        for arguments in [["stakeholder", "list"], ["meeting", "list"], ["stakeholder", "map"]] {
            let narrow = buyin.run(arguments, extraEnvironment: ["COLUMNS": "60"], expect: 0).out
            let widest = narrow.components(separatedBy: "\n").map { $0.count }.max() ?? 0
            #expect(widest <= 60, "\(arguments): \(narrow)")
            let whole = buyin.run(arguments, expect: 0).out
            #expect((whole.components(separatedBy: "\n").map { $0.count }.max() ?? 0) > 60, "a pipe takes the lines whole: \(arguments)")
        }
        #expect(buyin.run(["meeting", "list"], extraEnvironment: ["COLUMNS": "60"], expect: 0).out.contains("…"))
    }

    @Test(arguments: ["en", "fr"])
    func calendarImportsIntoARealClientAndAgainWithoutDuplicates(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        buyin.run(["why", "--decide-by", "2026-12-03"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--next", "Send the 25-seat quote, with pricing; options", "--due", "2026-11-30"], expect: 0)
        buyin.run(["meeting", "log", "Margaret", "--next", "Undated step"], expect: 0)
        buyin.run(["goal", "add", "Grow pipeline", "--kpi", "Pipeline", "--review-on", "2027-06-30"], expect: 0)
        buyin.run(["calendar", "--output", "plan.ics"], expect: 0)
        let file = buyin.folder.appendingPathComponent("plan.ics").path
        let again = buyin.run(["calendar"], expect: 0).out
        #expect(again == (try String(contentsOfFile: file, encoding: .utf8)), "the same record gives the same file")
        #expect(again.contains("\r\n") && !again.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Nothing dated in a new campaign: no file, and what would give it an event.
        buyin.run(["start", "Second idea"], expect: 0)
        let empty = buyin.run(["calendar", "--output", "empty.ics"], expect: 0)
        #expect(empty.errLines.count == 1 && empty.err.contains("--due"))
        #expect(!FileManager.default.fileExists(atPath: buyin.folder.appendingPathComponent("empty.ics").path))
        buyin.run(["campaign", "use", "idea"], expect: 0)
        // Python's icalendar reads it as a calendar client would; importing the file twice
        // keeps one event per UID.
        let script = """
            import sys, icalendar
            events = {}
            for path in sys.argv[1:]:
                for event in icalendar.Calendar.from_ical(open(path, 'rb').read()).walk('VEVENT'):
                    events[str(event['UID'])] = (event['DTSTART'].dt.isoformat(), str(event['SUMMARY']))
            for uid, (day, summary) in sorted(events.items(), key=lambda item: item[1]):
                print(day, summary, sep='\\t')
            print(len(events))
            """
        let read = Self.tool(buyin, "/usr/bin/python3", ["-c", script, file, file])
        #expect(read.code == 0, "\(read.err)")
        let lines = read.out.split(separator: "\n").map(String.init)
        let step = language == "fr" ? "Prochaine étape\u{00A0}: " : "Next step: "
        let with = language == "fr" ? " (avec Margaret Lindqvist)" : " (with Margaret Lindqvist)"
        #expect(lines == [
            "2026-11-30\t\(step)Send the 25-seat quote, with pricing; options\(with)",
            "2026-12-03\t\(language == "fr" ? "Décision attendue\u{00A0}: Idea" : "Decision due: Idea")",
            "2027-06-30\t\(language == "fr" ? "Point d’étape\u{00A0}: Pipeline" : "Review: Pipeline")",
            "3",
        ])
        // The reminders: 9:00 the day before a step, three days before the decision, none for a review.
        let alarms = """
            import sys, icalendar
            for event in icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT'):
                for alarm in event.walk('VALARM'):
                    print(event['DTSTART'].dt.isoformat(), alarm['ACTION'], alarm['TRIGGER'].dt, str(alarm['DESCRIPTION'])[:14], sep='\t')
            """
        let rings = Self.tool(buyin, "/usr/bin/python3", ["-c", alarms, file])
        #expect(rings.code == 0, "\(rings.err)")
        #expect(rings.out.split(separator: "\n").map(String.init) == [
            "2026-11-30\tDISPLAY\t-1 day, 9:00:00\t\((step + "Send the 25-seat").prefix(14))",
            "2026-12-03\tDISPLAY\t-3 days, 9:00:00\t\(language == "fr" ? "Décision sur «" : "Decision on “I")",
        ], "\(rings.out)")

        // Every campaign not archived, in one file, each event under the UID of its own file.
        buyin.run(["start", "Third idea", "--why", "x", "--decide-by", "2027-01-15"], expect: 0)
        buyin.run(["start", "Shelved idea", "--why", "x", "--decide-by", "2027-02-01"], expect: 0)
        buyin.run(["campaign", "archive", "shelved-idea"], expect: 0)
        buyin.run(["campaign", "use", "idea"], expect: 0)
        let all = buyin.run(["calendar", "--all"], expect: 0).out
        let uids = { (text: String) in Set(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }) }
        #expect(uids(all).isSuperset(of: uids(again)) && uids(all).count == 4, "\(uids(all))")
        #expect(all.contains(language == "fr" ? "Third idea" : "Decision due: Third idea") && !all.contains("Shelved idea"))
        #expect(buyin.run(["calendar", "--all", "--campaign", "idea"]).code == 64)
        // Decided, the decision rings no more; a step already due never rings.
        buyin.run(["meeting", "log", "Margaret", "--next", "Late step", "--due", "2026-11-20"], expect: 0)
        buyin.run(["decision", "approved"], expect: 0)
        let decided = buyin.run(["calendar"], expect: 0).out
        #expect(decided.components(separatedBy: "BEGIN:VALARM").count - 1 == 1 && decided.contains("Late step"), "\(decided)")
    }

    @Test(arguments: ["en", "fr"])
    func pdfIsPrintedByChromiumOnTheReadersPaper(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["demo", "--format", "pdf", "--output", "demo.pdf"], expect: 0)
        let path = buyin.folder.appendingPathComponent("demo.pdf").path
        let info = Self.tool(buyin, "/usr/bin/pdfinfo", [path])
        #expect(info.code == 0, "\(info.err)")
        #expect(info.out.contains(language == "fr" ? "(A4)" : "(letter)"), "\(info.out)")
        let pages = try #require(info.out.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last!) })
        #expect((3...14).contains(pages))
        // Each page holds more than the confidentiality line and its number.
        let confidential = language == "fr" ? "Confidentiel" : "Confidential"
        for page in 1...pages {
            let text = Self.tool(buyin, "/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", path, "-"]).out
            // pdftotext keeps the number's spaces or not, depending on the layout it reconstructs.
            #expect(text.contains(confidential) && text.replacingOccurrences(of: " ", with: "").contains("\(page)/\(pages)"), "page \(page)")
            let body = text.split(separator: "\n").filter { !$0.contains(confidential) && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(!body.isEmpty, "page \(page) holds only the footer")
        }
        let letter = buyin.run(["demo", "--format", "pdf", "--paper", "letter", "--output", "letter.pdf"], expect: 0)
        #expect(letter.errLines.count == 1)
        #expect(Self.tool(buyin, "/usr/bin/pdfinfo", [buyin.folder.appendingPathComponent("letter.pdf").path]).out.contains("(letter)"))
    }

    @Test(arguments: ["en", "fr"])
    func pdfWithoutChromiumNamesThePackage(language: String) {
        let buyin = Buyin(language: language)
        let result = buyin.run(["demo", "--format", "pdf", "--output", "demo.pdf"], extraEnvironment: ["BUYIN_CHROMIUM": "/nowhere/chromium"])
        #expect(result.code == 69)
        #expect(result.errLines.count == 1 && result.err.contains("BUYIN_CHROMIUM") && result.err.contains("/nowhere/chromium"))
        #expect(!FileManager.default.fileExists(atPath: buyin.folder.appendingPathComponent("demo.pdf").path))
        let noBrowser = buyin.run(["demo", "--format", "pdf", "--output", "demo.pdf"], extraEnvironment: ["PATH": buyin.folder.path])
        #expect(noBrowser.code == 69 && noBrowser.errLines.count == 1 && noBrowser.err.contains("apt-get install chromium"))
        let toTerminal = buyin.run(["demo", "--format", "pdf"])
        #expect(toTerminal.code == 64 && toTerminal.err.contains("--output"))
    }
}
