import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// Help in French is French throughout, including the parser's own words; an installed copy works.
@Suite struct HelpAndInstallTests {
    static let commands: [[String]] = [
        [], ["start"], ["why"], ["goal"], ["goal", "add"], ["goal", "list"], ["campaign"], ["campaign", "list"], ["campaign", "show"],
        ["campaign", "use"], ["status"], ["stakeholder"], ["stakeholder", "add"], ["stakeholder", "list"], ["stakeholder", "show"],
        ["stakeholder", "edit"], ["meeting"], ["meeting", "log"], ["meeting", "list"], ["meeting", "show"], ["followups"],
        ["followups", "done"], ["objection"], ["objection", "add"], ["objection", "answer"], ["objection", "resolve"],
        ["objection", "accept"], ["objection", "reopen"], ["objection", "list"], ["win"], ["win", "add"], ["win", "list"],
        ["win", "announce"], ["metric"], ["metric", "add"], ["metric", "list"], ["decision"], ["decision", "approved"],
        ["decision", "declined"], ["decision", "deferred"], ["decision", "show"], ["brief"], ["demo"], ["backup"], ["export"], ["import"],
        ["meeting", "delete"], ["objection", "delete"], ["win", "delete"], ["goal", "delete"], ["metric", "delete"],
    ]

    @Test(arguments: commands)
    func helpIsInFrench(command: [String]) {
        let buyin = Buyin(language: "fr")
        let result = buyin.run(command + ["--help"])
        #expect(result.code == 0)
        #expect(result.out.contains("UTILISATION\u{00A0}:"), "\(command)")
        #expect(result.out.contains("Afficher l’aide."), "\(command)")
        // Every abstract and discussion comes from the tables: no key shows through.
        #expect(result.out.range(of: #"help\.[a-z]"#, options: .regularExpression) == nil, "\(command)")
        for english in ["USAGE:", "OPTIONS:", "OVERVIEW:", "Show help information.", "The database file", "(default:"] {
            #expect(!result.out.contains(english), "\(command): \(english)")
        }
    }

    @Test func helpIsInEnglishByDefault() {
        let result = Buyin().run(["--help"])
        #expect(result.out.contains("USAGE:"))
        #expect(result.out.contains("Win leadership's buy-in"))
        #expect(Buyin().run(["--version"]).out == BuyInVersion.current + "\n")
    }

    /// `buyin help COMMAND` takes `--lang` anywhere, as every command does.
    @Test func theHelpCommandTakesTheLanguage() {
        let buyin = Buyin()
        for line in [["help", "start", "--lang", "fr"], ["--lang", "fr", "help", "meeting", "log"], ["help", "--lang=fr", "status"]] {
            let result = buyin.run(line, expect: 0)
            #expect(result.out.contains("PRÉSENTATION") && result.err.isEmpty, "\(line): \(result.err)")
        }
        #expect(buyin.run(["help", "meeting", "log"], expect: 0).out.contains("OVERVIEW: Record a 1:1 meeting"))
    }

    @Test func shellCompletions() {
        let result = Buyin().run(["--generate-completion-script", "bash"])
        #expect(result.code == 0)
        // The script completes buyin's own commands and the subcommands of each.
        #expect(result.out.contains("complete -o filenames -F _buyin buyin"))
        #expect(result.out.contains("_buyin_meeting_log()"))
        // A request anywhere on the line reaches the parser's completion check.
        let zsh = Buyin().run(["meeting", "--generate-completion-script", "zsh"])
        #expect(zsh.code == 0)
        #expect(zsh.out.hasPrefix("#compdef buyin"))
        // The parser looks for the request only when a word starts with its name (the patch in
        // Vendor/swift-argument-parser): the shell given after "=", or found from $SHELL.
        let fish = Buyin().run(["--generate-completion-script=fish"], expect: 0)
        #expect(fish.out.contains("complete -c 'buyin' -f"))
        let detected = Buyin().run(["--generate-completion-script"], extraEnvironment: ["SHELL": "/usr/bin/zsh"], expect: 0)
        #expect(detected.out.hasPrefix("#compdef buyin"))
    }

    /// `buyin PATH --help` is answered without a parse; it must read exactly as the parser's own
    /// help (`buyin help PATH`), in both languages.
    @Test(arguments: commands)
    func helpWithoutAParseReadsAsTheParsersHelp(command: [String]) {
        for language in ["en", "fr"] {
            let buyin = Buyin(language: language)
            let direct = buyin.run(command + ["--help"], expect: 0).out
            let parsed = buyin.run(["help"] + command, expect: 0).out
            #expect(direct == parsed, "\(language) \(command)")
        }
    }

    /// Global options around `--help` leave the help as it is: the same page, without a parse,
    /// wherever `--lang`, `--db` or `--campaign` stand (a group with a default command included).
    @Test(arguments: [["followups"], ["meeting", "list"], []])
    func globalOptionsAroundHelpLeaveItAsItIs(command: [String]) {
        let buyin = Buyin(language: "en")
        let plain = buyin.run(command + ["--help"], expect: 0).out
        #expect(buyin.run(command + ["--help", "--lang", "en", "--db", "/nonexistent/x.sqlite"], expect: 0).out == plain)
        #expect(buyin.run(["--campaign", "x"] + command + ["--help"], expect: 0).out == plain)
    }

    /// Help and errors call a subcommand by its whole name.
    @Test func usageNamesTheWholeCommand() {
        #expect(Buyin().run(["meeting", "list", "--help"]).out.contains("USAGE: buyin meeting list [--stakeholder <name>]"))
        #expect(Buyin(language: "fr").run(["objection", "add", "--help"]).out.contains("UTILISATION\u{00A0}: buyin objection add "))
    }

    /// The binary and its data folder copied elsewhere, run from another folder, speak French.
    @Test func installedCopyWorksFromAnyFolder() throws {
        let buyin = Buyin(language: "fr")
        let bin = buyin.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let built = Buyin.binary.deletingLastPathComponent()
        try FileManager.default.copyItem(at: Buyin.binary, to: bin.appendingPathComponent("buyin"))
        try FileManager.default.copyItem(at: built.appendingPathComponent("buyin_BuyInKit.resources"),
                                         to: bin.appendingPathComponent("buyin_BuyInKit.resources"))
        let elsewhere = buyin.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("buyin")
        let started = buyin.run(["start", "Idée", "--why", "x"], binary: installed, in: elsewhere)
        #expect(started.code == 0, "\(started.err)")
        #expect(started.out.contains("campagne"))
        #expect(buyin.run(["--help"], binary: installed, in: elsewhere).out.contains("UTILISATION"))

        // Without its data folder: one clear line, not a crash.
        try FileManager.default.removeItem(at: bin.appendingPathComponent("buyin_BuyInKit.resources"))
        let broken = buyin.run(["status"], binary: installed, in: elsewhere)
        #expect(broken.code == 70)
        #expect(broken.errLines.count == 1)
        #expect(broken.err.contains("buyin_BuyInKit.resources"))
    }
}
