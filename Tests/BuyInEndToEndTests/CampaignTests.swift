import BuyInTestSupport
import Foundation
import Testing

/// Starting campaigns, their why, goals, switching and status — in English and in French.
@Suite struct CampaignTests {
    @Test func startFromFlagsInEnglish() throws {
        let buyin = Buyin()
        let started = buyin.run(["start", "Social selling", "--why", "Buyers research on LinkedIn", "--decide-by", "2026-12-03",
                                 "--ask", "Approve €50k", "--decision-owner", "Hélène Marchand"])
        #expect(started.code == 0)
        #expect(started.out.contains("Started “Social selling” (social-selling); it is now the current campaign."))
        #expect(started.out.contains("buyin goal add"))
        let why = buyin.run(["why"])
        #expect(why.out.contains("Buyers research on LinkedIn"))
        #expect(why.out.contains("Decision by: December 3, 2026"))
        #expect(why.out.contains("Approve €50k"))
    }

    @Test func startFromFlagsInFrench() throws {
        let buyin = Buyin(language: "fr")
        let started = buyin.run(["start", "Réseaux sociaux", "--why", "Nos acheteurs sont sur LinkedIn", "--decide-by", "2026-12-03"])
        #expect(started.code == 0)
        #expect(started.out.contains("reseaux-sociaux"))
        #expect(started.out.contains("campagne"))
        let why = buyin.run(["why"])
        #expect(why.out.contains("3\u{00A0}décembre 2026"))
        #expect(why.out.contains("Nos acheteurs sont sur LinkedIn"))
    }

    @Test(arguments: ["en", "fr"])
    func startFromPipedInput(language: String) throws {
        let buyin = Buyin(language: language)
        let answers = "Buyers read LinkedIn first\nFeeds the pipeline goal\nEveryone gains\nTrain reps\nA programme\nApprove €50k\nApprove now\nHélène Marchand\n2026-12-03\nLaunch in January\n"
        let started = buyin.run(["start", "Piped idea"], input: answers)
        #expect(started.code == 0, "\(started.err)")
        let campaign = try buyin.json(["campaign", "show"]) as! [String: Any]
        let stored = campaign["campaign"] as! [String: Any]
        #expect(stored["why"] as? String == "Buyers read LinkedIn first")
        #expect(stored["whyCare"] as? String == "Everyone gains")
        #expect(stored["decisionOwner"] as? String == "Hélène Marchand")
        #expect(stored["decideBy"] as? String == "2026-12-03")
        #expect(stored["ifApproved"] as? String == "Launch in January")
    }

    @Test func pipedInputWithABadDateRecordsNothing() {
        let buyin = Buyin(language: "fr")
        let result = buyin.run(["start", "Idée"], input: "a\nb\nc\nd\ne\nf\ng\nh\n31/02/2026\n")
        #expect(result.code == 65)
        #expect(result.errLines.count == 1)
        #expect(result.err.contains("31/02/2026"))
        // Not even a database was left behind.
        #expect(buyin.run(["campaign", "list"]).code == 66)
        #expect(!FileManager.default.fileExists(atPath: buyin.database))
    }

    @Test(arguments: ["en", "fr"])
    func updateTheWhyWithFlagsAndInTheEditor(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "CRM roll-out", "--why", "One view of the customer"], expect: 0)
        let updated = buyin.run(["why", "--how", "Migrate sales first"])
        #expect(updated.code == 0)
        #expect(buyin.run(["why"]).out.contains("Migrate sales first"))
        // An editor that rewrites the [what] section, as a person would in vim.
        let script = buyin.folder.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nsed -i 's/^\\[\\(what\\|quoi\\)\\].*/&\\nOne CRM for sales and support/' \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o700)
        let edited = buyin.run(["why", "--edit"], extraEnvironment: ["EDITOR": script.path])
        #expect(edited.code == 0, "\(edited.err)")
        let campaign = try buyin.json(["why"]) as! [String: Any]
        #expect(campaign["what"] as? String == "One CRM for sales and support")
        #expect(campaign["why"] as? String == "One view of the customer")
        #expect(campaign["how"] as? String == "Migrate sales first")
        let failing = buyin.run(["why", "--edit"], extraEnvironment: ["EDITOR": "false"])
        #expect(failing.code == 74)
        #expect(failing.errLines.count == 1)
    }

    @Test(arguments: ["en", "fr"])
    func goalsAreAddedAndListed(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Social selling", "--why", "x"], expect: 0)
        let added = buyin.run(["goal", "add", "Grow pipeline", "--department", "Sales", "--kpi", "Pipeline", "--baseline", "1800",
                               "--target", "2400", "--unit", "k€"])
        #expect(added.code == 0)
        let list = buyin.run(["goal", "list"])
        #expect(list.out.contains(language == "fr" ? "1\u{202F}800 → 2\u{202F}400\u{00A0}k€" : "1,800 → 2,400 k€"))
        #expect(list.out.contains(language == "fr" ? "Objectif" : "Goal"))
        let goals = try buyin.json(["goal", "list"]) as! [[String: Any]]
        #expect(goals.count == 1)
        #expect(goals[0]["department"] as? String == "Sales")
    }

    @Test func switchingCampaigns() throws {
        let buyin = Buyin()
        buyin.run(["start", "First idea", "--why", "a"], expect: 0)
        buyin.run(["start", "Second idea", "--why", "b"], expect: 0)
        #expect(buyin.run(["campaign", "list"]).out.contains("*  second-idea"))
        #expect(buyin.run(["campaign", "use", "first-idea"]).code == 0)
        #expect(buyin.run(["goal", "add", "Goal of the first"]).code == 0)
        #expect(buyin.run(["goal", "add", "Goal of the second", "--campaign", "second-idea"]).code == 0)
        let first = try buyin.json(["goal", "list"]) as! [[String: Any]]
        let second = try buyin.json(["goal", "list", "--campaign", "second-idea"]) as! [[String: Any]]
        #expect(first.map { $0["text"] as? String } == ["Goal of the first"])
        #expect(second.map { $0["text"] as? String } == ["Goal of the second"])
        let campaigns = try buyin.json(["campaign", "list"]) as! [[String: Any]]
        #expect(campaigns.filter { $0["isCurrent"] as? Bool == true }.map { $0["slug"] as? String } == ["first-idea"])
        #expect(buyin.run(["campaign", "show", "second-idea"]).out.contains("Second idea"))
    }

    @Test(arguments: ["en", "fr"])
    func statusNamesTheNextStep(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["start", "Idea"], expect: 0)
        #expect(buyin.run(["status"]).out.contains("buyin why --edit"))
        buyin.run(["why", "--why", "Because"], expect: 0)
        #expect(buyin.run(["status"]).out.contains("buyin goal add"))
        buyin.run(["goal", "add", "Grow"], expect: 0)
        #expect(buyin.run(["status"]).out.contains("buyin stakeholder add"))
        buyin.run(["stakeholder", "add", "Margaret Lindqvist", "--influence", "5"], expect: 0)
        buyin.run(["stakeholder", "add", "Marco Bianchi", "--influence", "2"], expect: 0)
        let status = buyin.run(["status"])
        #expect(status.out.contains("buyin meeting log \"Margaret Lindqvist\""))
        let json = try buyin.json(["status"]) as! [String: Any]
        #expect(json["stage"] as? String == "meetings")
        #expect(json["mapped"] as? Int == 2)
    }
}
