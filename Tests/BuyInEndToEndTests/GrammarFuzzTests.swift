import BuyInTestSupport
import Foundation
import Testing

/// Command lines built from buyin's own grammar — its real commands, their options and the kind
/// of value each takes, read from the parser's description — with good values, bad values and
/// hostile ones mixed in. Whatever the line: an exit code of 0 or 64–78, never a signal, never
/// Swift's debug text, and every failure one line.
@Suite struct GrammarFuzzTests {
    struct Command {
        var path: [String]
        var positionals: [String]
        var options: [(name: String, valueName: String?)]
    }

    static func grammar() throws -> [Command] {
        let dump = Buyin().run(["--experimental-dump-help"])
        let root = (try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as! [String: Any])["command"] as! [String: Any]
        var commands: [Command] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if subcommands.isEmpty && path != ["help"] {
                var found = Command(path: path, positionals: [], options: [])
                for argument in command["arguments"] as? [[String: Any]] ?? [] {
                    let valueName = argument["valueName"] as? String
                    switch argument["kind"] as? String {
                    case "positional": found.positionals.append(valueName ?? "text")
                    case "option", "flag":
                        let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
                            guard let text = name["name"] as? String else { return nil }
                            return (name["kind"] as? String == "short" ? "-" : "--") + text
                        }
                        for name in names { found.options.append((name, argument["kind"] as? String == "option" ? valueName ?? "text" : nil)) }
                    default: break
                    }
                }
                commands.append(found)
            }
            for sub in subcommands { walk(sub, path + [sub["commandName"] as! String]) }
        }
        walk(root, [])
        return commands
    }

    /// Values by the name the help gives them, good ones first, then bad and hostile ones.
    static func values(for name: String) -> [String] {
        let hostile = ["", " ", "-", "--", "- see http://example.com", "-5", "--json", "{{#people}}{{/people}}", "%@ %1$@ %d",
                       "\u{1B}[31m", "new\nline", "Zoë 🎉", String(repeating: "é", count: 3000), "../../etc/passwd", "<script>"]
        let good: [String]
        switch name {
        case "date": good = ["2026-11-22", "today", "hier", "aujourd'hui", "2026-02-30", "31/12/2026", "9999-12-31", "0000-01-01"]
        case "stance": good = ["skeptic", "sceptique", "champion", "opposant", "blocker", "nope"]
        case "channel": good = ["video", "visio", "call", "chat", "in person", "carrier pigeon"]
        case "name": good = ["Margaret", "margaret lindqvist", "Marco", "Nobody", "#1", "#999"]
        case "ID": good = ["1", "2", "0", "-1", "999999999999999999999", "abc"]
        case "1-5": good = ["1", "5", "0", "6", "3.5"]
        case "value": good = ["1,234", "1 234,5", "12%", "1e400", "100000000000000000", "-0", "1.5.6"]
        case "kind": good = ["endorsement", "commitment", "other", "soutien", "??"]
        case "en|fr": good = ["en", "fr", "de"]
        case "markdown|html|json": good = ["markdown", "html", "json", "pdf"]
        case "slug": good = ["idea", "Idea", "missing"]
        case "path": good = ["out.md", "sub/out.html", "copy.sqlite", "buyin.sqlite", "/dev/null", "-", "template.mustache"]
        default: good = ["Budget", "Walked through the pilot", "coût", "objection"]
        }
        return good + hostile
    }

    @Test func fiveThousandLinesFromTheRealGrammar() throws {
        let buyin = Buyin.withStakeholder()
        buyin.run(["meeting", "log", "Margaret", "--note", "private"], expect: 0)
        buyin.run(["objection", "add", "Too expensive", "--from", "Margaret"], expect: 0)
        // The lines run two folders down, so that `../../etc/passwd` with `--output … --force`
        // lands in the test's own folder: run as root, it once replaced the machine's /etc/passwd.
        let here = buyin.folder.appendingPathComponent("fuzz/here")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        try "{{#people}}{{name}}{{/people}}{{title}}".write(to: here.appendingPathComponent("template.mustache"), atomically: true, encoding: .utf8)
        let commands = try Self.grammar()
        #expect(commands.count > 30)
        let count = Int(ProcessInfo.processInfo.environment["BUYIN_GRAMMAR_LINES"] ?? "") ?? 5_000
        var generator = SeededGenerator(seed: 20261124)
        var failures: [String] = []
        var index = 0
        while index < count {
            let batch = (0..<min(8, count - index)).map { _ -> [String] in
                let command = commands.randomElement(using: &generator)!
                var arguments = command.path
                for positional in command.positionals where Int.random(in: 0..<10, using: &generator) > 0 {
                    arguments.append(Self.values(for: positional).randomElement(using: &generator)!)
                }
                for _ in 0..<Int.random(in: 0...4, using: &generator) {
                    guard let option = command.options.randomElement(using: &generator) else { break }
                    arguments.append(option.name)
                    if let valueName = option.valueName, Int.random(in: 0..<12, using: &generator) > 0 {
                        arguments.append(Self.values(for: valueName).randomElement(using: &generator)!)
                    }
                }
                // Now and then a word of another command, or the arguments shuffled.
                if Int.random(in: 0..<10, using: &generator) == 0 { arguments.shuffle(using: &generator) }
                return arguments
            }
            let running = batch.map { buyin.launch($0, extraEnvironment: ["EDITOR": "true", "VISUAL": "true"], in: here) }
            for (arguments, process) in zip(batch, running) {
                let result = process.finish()
                var problems: [String] = []
                if !(result.code == 0 || (64...78).contains(result.code)) { problems.append("exit \(result.code)") }
                if result.code != 0 && result.errLines.count != 1 { problems.append("\(result.errLines.count) error lines") }
                for debris in ["BuyInKit.", "BriefNode(", "Swift.", "Optional(", "Fatal error", "NSCocoaErrorDomain"]
                where result.out.contains(debris) || result.err.contains(debris) {
                    problems.append("debug text \(debris)")
                }
                if !problems.isEmpty { failures.append("\(arguments.map { String($0.prefix(40)) }) → \(problems): \(result.err.prefix(200))") }
            }
            index += batch.count
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(8))")
        #expect(buyin.sqlite("PRAGMA integrity_check;").out.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }
}
