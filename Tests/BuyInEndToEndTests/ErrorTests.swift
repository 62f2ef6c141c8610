import BuyInTestSupport
import Foundation
import Testing

/// Each failure is one line on standard error, in the reader's language, with its sysexits code,
/// and nothing is recorded.
@Suite struct ErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        var code: Int32
        var english: String
        var french: String
        var setUp = true
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "invalid date", arguments: ["meeting", "log", "Margaret", "--date", "2026-13-45"], code: 65,
             english: "“2026-13-45” is not a date", french: "«\u{00A0}2026-13-45\u{00A0}» n’est pas une date"),
        Case(name: "slashed date", arguments: ["start", "Other", "--decide-by", "31/02/2026"], code: 65,
             english: "“31/02/2026” is not a date", french: "«\u{00A0}31/02/2026\u{00A0}» n’est pas une date"),
        Case(name: "unknown campaign", arguments: ["status", "--campaign", "nope"], code: 65,
             english: "no campaign “nope”", french: "aucune campagne «\u{00A0}nope\u{00A0}»"),
        Case(name: "no database yet", arguments: ["status"], code: 66,
             english: "there is no buyin database at", french: "il n’y a pas encore de base buyin", setUp: false),
        Case(name: "invalid language", arguments: ["status", "--lang", "de"], code: 64,
             english: "unknown language “de”", french: "langue inconnue «\u{00A0}de\u{00A0}»"),
        Case(name: "unknown option", arguments: ["status", "--frobnicate"], code: 64,
             english: "Unknown option '--frobnicate'", french: "option inconnue\u{00A0}: «\u{00A0}--frobnicate\u{00A0}»"),
        Case(name: "missing argument", arguments: ["start"], code: 64,
             english: "Missing expected argument", french: "argument attendu manquant"),
        Case(name: "invalid format", arguments: ["brief", "--format", "pptx"], code: 64,
             english: "The value 'pptx' is invalid for '--format <markdown|html|json|pdf|docx|email>'",
             french: "la valeur «\u{00A0}pptx\u{00A0}» n’est pas valide pour «\u{00A0}--format <markdown|html|json|pdf|docx|email>\u{00A0}»"),
    ]

    /// A usage error points to the help of the command it was typed for, in the reader's words.
    @Test(arguments: ["en", "fr"])
    func aUsageErrorPointsToItsCommandsHelp(language: String) {
        let buyin = Buyin.withStakeholder(language: language)
        let missing = buyin.run(["meeting", "log"], expect: 64)
        #expect(missing.errLines.count == 1 && missing.err.contains("buyin meeting log --help"), "\(missing.err)")
        let unknown = buyin.run(["--lang", language, "objection", "add", "x", "--frobnicate"], expect: 64)
        #expect(unknown.err.contains("buyin objection add --help"), "\(unknown.err)")
        // In French, what follows « : » starts in lower case.
        if language == "fr" { #expect(missing.err.hasPrefix("buyin\u{00A0}: argument attendu manquant"), "\(missing.err)") }
    }

    @Test(arguments: cases, ["en", "fr"])
    func oneLocalizedLineAndItsCode(errorCase: Case, language: String) throws {
        let buyin = errorCase.setUp ? Buyin.withStakeholder(language: language) : Buyin(language: language)
        let before = buyin.run(["meeting", "list", "--json"]).out
        let result = buyin.run(errorCase.arguments)
        #expect(result.code == errorCase.code, "\(result.err)")
        #expect(result.errLines.count == 1, "\(result.err)")
        #expect(result.err.contains(language == "fr" ? errorCase.french : errorCase.english), "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(buyin.run(["meeting", "list", "--json"]).out == before)
        if language == "fr" {
            #expect(!result.err.contains(errorCase.english), "not translated: \(result.err)")
        }
    }

    @Test(arguments: ["en", "fr"])
    func databaseThatCannotBeCreated(language: String) {
        let buyin = Buyin(language: language)
        let blocker = buyin.folder.appendingPathComponent("a-file")
        #expect(FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8)))
        let result = buyin.run(["campaign", "list", "--db", blocker.path + "/sub/buyin.sqlite"])
        #expect(result.code == 73)
        #expect(result.errLines.count == 1)
        #expect(result.err.contains("--db"))
    }

    /// Files that are not buyin databases are refused with one line and left exactly as they were.
    @Test(arguments: ["random", "truncated", "empty", "foreign"], ["en", "fr"])
    func filesThatAreNotBuyinDatabases(kind: String, language: String) throws {
        let buyin = Buyin(language: language)
        let path = buyin.folder.appendingPathComponent("\(kind).sqlite").path
        switch kind {
        case "random":
            var bytes = [UInt8](repeating: 0, count: 8192)
            for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        case "truncated":
            buyin.run(["start", "Idea", "--why", "x", "--db", path], expect: 0)
            for index in 0..<30 { buyin.run(["goal", "add", "Goal \(index) " + String(repeating: "long text ", count: 50), "--db", path], expect: 0) }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        case "empty":
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        default:
            buyin.sqlite("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);", on: path)
        }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["campaign", "list"], ["goal", "add", "x"], ["brief"]] {
            let result = buyin.run(arguments + ["--db", path])
            // An empty file holds nothing: commands that need a campaign say there is no database yet.
            #expect((kind == "empty" ? [66] : [65, 74]).contains(result.code), "\(kind) \(arguments): \(result.code) \(result.err)")
            #expect(result.errLines.count == 1, "\(result.err)")
            #expect(result.out.isEmpty)
            #expect(result.err.contains(path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original, "the file must be left as it was")
    }
}
