import BuyInTestSupport
import Foundation
import Testing

/// Runs the built `buyin` binary as a person would, on a database of its own, and captures
/// what they would see: standard output, standard error and the exit code.
struct Buyin {
    struct Result {
        var out: String
        var err: String
        var code: Int32
        /// Standard error as lines, to check that a failure is exactly one line.
        var errLines: [Substring] { err.split(separator: "\n") }
    }

    /// The binary built beside the test bundle.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("buyin")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return SourceTree.url(".build/debug/buyin")
    }()

    /// Removed, with the database and every file the test wrote, when the last copy goes.
    let scratch: TemporaryFolder
    var folder: URL { scratch.url }
    var environment: [String: String]
    var database: String { folder.appendingPathComponent("buyin.sqlite").path }
    /// The team store this buyin works on instead of a file, kept alive as long as it.
    let team: TeamDatabase?

    /// A fresh home and database; `language` sets LANG as a user's shell would; today is pinned.
    /// With `team`, the database is that PostgreSQL one, as `role` (its administrator when nil).
    init(language: String = "en", today: String = "2026-11-22", team: TeamDatabase? = nil, role: String? = nil) {
        self.team = team
        scratch = TemporaryFolder("buyin-e2e")
        let day = Self.epochDays(today)
        environment = [
            "HOME": scratch.path, "PATH": "/usr/bin:/bin", "TMPDIR": scratch.path,
            "LANG": language == "fr" ? "fr_FR.UTF-8" : "en_US.UTF-8",
            "SOURCE_DATE_EPOCH": String(day * 86_400 + 43_200),
        ]
        environment["BUYIN_DB"] = team?.url(as: role) ?? database
    }

    /// A campaign under way with one stakeholder, Margaret Lindqvist: where most tests start.
    static func withStakeholder(language: String = "en", team: TeamDatabase? = nil) -> Buyin {
        let buyin = Buyin(language: language, team: team)
        buyin.run(["start", "Idea", "--why", "x"], expect: 0)
        buyin.run(["stakeholder", "add", "Margaret Lindqvist"], expect: 0)
        return buyin
    }

    static func epochDays(_ iso: String) -> Int {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        components.year = parts[0]; components.month = parts[1]; components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return Int(calendar.date(from: components)!.timeIntervalSince1970) / 86_400
    }

    /// Runs `buyin ARGS` as a step that must end with `code`: any other exit fails the test, with
    /// what the command said. Setting up a test this way means a step that broke cannot pass unseen.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, extraEnvironment: [String: String] = [:], in directory: URL? = nil,
             expect code: Int32, sourceLocation: SourceLocation = #_sourceLocation) -> Result {
        let result = run(arguments, input: input, extraEnvironment: extraEnvironment, in: directory)
        #expect(result.code == code, "buyin \(arguments.joined(separator: " ")): \(result.err)", sourceLocation: sourceLocation)
        return result
    }

    /// Runs `buyin ARGS`, with `input` on standard input (closed when nil, never a terminal), and
    /// returns what a person would see; the caller checks the exit code.
    func run(_ arguments: [String], input: String? = nil, extraEnvironment: [String: String] = [:], binary: URL = Buyin.binary,
             in directory: URL? = nil) -> Result {
        let process = launch(arguments, extraEnvironment: extraEnvironment, binary: binary, in: directory)
        return process.finish(input: input)
    }

    /// Runs the `sqlite3` shell on a database (ours by default): how tests damage, inspect or
    /// hand-edit a file the way someone outside buyin would.
    @discardableResult
    func sqlite(_ sql: String, on path: String? = nil) -> Result {
        let result = run([path ?? database, sql], binary: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        precondition(result.code == 0, "sqlite3 failed: \(result.err)")
        return result
    }

    /// Starts `buyin ARGS` without waiting, for tests that run several at once.
    func launch(_ arguments: [String], extraEnvironment: [String: String] = [:], binary: URL = Buyin.binary, in directory: URL? = nil) -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        process.currentDirectoryURL = directory ?? folder
        let running = Running(process: process)
        try! process.run()
        return running
    }

    /// Runs a `/bin/sh -c SCRIPT` line with the same environment, `$0` and `$1`… set to `arguments`.
    func launchShell(_ script: String, arguments: [String]) -> Running {
        launch(["-c", script] + arguments, binary: URL(fileURLWithPath: "/bin/sh"))
    }

    final class Running {
        let process: Process
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        init(process: Process) {
            self.process = process
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
        }

        func finish(input: String? = nil) -> Result {
            if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
            try? stdin.fileHandleForWriting.close()
            // Read both pipes fully before waiting, so a chatty process never blocks on a full pipe.
            // The reader thread writes `output` once, before `leave()`; `wait()` orders the read after it.
            final class Output: @unchecked Sendable { var data = Data() }
            let output = Output()
            let group = DispatchGroup()
            group.enter()
            let reader = stdout.fileHandleForReading
            DispatchQueue.global().async { output.data = reader.readDataToEndOfFile(); group.leave() }
            let errData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            process.waitUntilExit()
            return Result(out: String(decoding: output.data, as: UTF8.self), err: String(decoding: errData, as: UTF8.self),
                          code: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus)
        }
    }

    /// Decodes the JSON a command printed, as a script would read it: every document carries
    /// `schemaVersion` 1; a list's rows are under `items` (what `jq .items` reads).
    func json(_ arguments: [String]) throws -> Any {
        let result = run(arguments + ["--json"])
        let document = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
        guard let object = document as? [String: Any], object["schemaVersion"] as? Int == 1 else {
            throw JSONShapeError(arguments: arguments, output: result.out)
        }
        if object.count == 2, let items = object["items"] { return items }
        return object
    }
}

/// A command's `--json` without `schemaVersion` 1 at its top.
struct JSONShapeError: Error, CustomStringConvertible {
    let arguments: [String]
    let output: String
    var description: String { "buyin \(arguments.joined(separator: " ")) --json printed no schemaVersion 1: \(output.prefix(300))" }
}
