import BuyInTestSupport
import Foundation
import Testing

/// `brief --format pdf` runs Chromium, a program buyin does not control: whatever it does, buyin
/// ends in bounded time and memory, leaves no process or private file behind, and calls a PDF
/// written only when Chromium said so and the file is whole.
@Suite struct PrintBoundsTests {
    /// A stand-in for Chromium: a shell script that writes the PDF it is asked for or not.
    static func browser(_ buyin: Buyin, _ name: String, _ body: String) throws -> String {
        let path = buyin.folder.appendingPathComponent(name).path
        try "#!/bin/sh\npdf=''\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) pdf=\"${a#--print-to-pdf=}\";; esac; done\n\(body)\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// Processes still running whose command line holds `marker` (the stand-in's own name).
    static func running(_ marker: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.filter { Int($0) != nil }.filter { pid in
            let line = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return line.contains(marker)
        }.count
    }

    static func privateFolder(_ buyin: Buyin) -> String { buyin.folder.appendingPathComponent("buyin-\(getuid())").path }

    @Test(arguments: ["en", "fr"])
    func aHangingBrowserIsStoppedAndLeavesNothing(language: String) throws {
        let buyin = Buyin.withStakeholder(language: language)
        let marker = "hang-\(UUID().uuidString.prefix(8))"
        let hang = try Self.browser(buyin, marker, "sleep 300")
        let output = buyin.folder.appendingPathComponent("out.pdf").path
        let started = Date()
        let result = buyin.run(["brief", "--format", "pdf", "--output", output], extraEnvironment: ["BUYIN_CHROMIUM": hang, "BUYIN_PRINT_TIMEOUT": "2"])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.code == 69 && result.errLines.count == 1 && result.err.contains("BUYIN_PRINT_TIMEOUT"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(Self.running(marker) == 0, "the browser was left running")
    }

    @Test func aStoppedBuyinStopsItsBrowserAndTheNextRunSweeps() throws {
        let buyin = Buyin.withStakeholder()
        let marker = "orphan-\(UUID().uuidString.prefix(8))"
        let hang = try Self.browser(buyin, marker, "sleep 300")
        let running = buyin.launch(["brief", "--format", "pdf", "--output", "out.pdf"], extraEnvironment: ["BUYIN_CHROMIUM": hang])
        let deadline = Date().addingTimeInterval(20)
        while Self.running(marker) == 0 && Date() < deadline { usleep(50_000) }
        // At least one: the stand-in shell forks to run sleep, and for a moment both carry its name.
        #expect(Self.running(marker) >= 1)
        // The folder Chromium keeps its profile in, as a real one leaves it.
        let pid = running.process.processIdentifier
        let profile = Self.privateFolder(buyin) + "/print-\(pid)-profile"
        try FileManager.default.createDirectory(atPath: profile + "/Default", withIntermediateDirectories: true)
        running.process.terminate()
        _ = running.finish()
        usleep(200_000)
        #expect(Self.running(marker) == 0, "the browser outlived buyin")
        // The next print removes what the stopped one could not.
        let fine = try Self.browser(buyin, "fine", "printf '%%PDF-1.4\\n%%%%EOF\\n' > \"$pdf\"")
        buyin.run(["brief", "--format", "pdf", "--output", "fine.pdf"], extraEnvironment: ["BUYIN_CHROMIUM": fine], expect: 0)
        #expect(!FileManager.default.fileExists(atPath: profile))
        #expect((try FileManager.default.contentsOfDirectory(atPath: Self.privateFolder(buyin))).filter { $0.hasPrefix("print-") }.isEmpty)
    }

    /// A browser that floods its error stream, one that fails after writing the start of a PDF,
    /// one that writes a PDF cut short: each a one-line failure with nothing written.
    @Test func aFailingBrowserWritesNothing() throws {
        let buyin = Buyin.withStakeholder()
        let cases = [
            ("flood", "head -c 300000000 /dev/zero | tr '\\0' 'x' >&2; exit 1"),
            ("failed", "printf '%%PDF-1.4\\n%%%%EOF\\n' > \"$pdf\"; echo 'GPU process crashed' >&2; exit 1"),
            ("cut", "printf '%%PDF-1.4\\nhalf a page' > \"$pdf\""),
        ]
        for (name, body) in cases {
            let program = try Self.browser(buyin, name, body)
            let output = buyin.folder.appendingPathComponent("\(name).pdf").path
            let result = buyin.run(["brief", "--format", "pdf", "--output", output], extraEnvironment: ["BUYIN_CHROMIUM": program, "BUYIN_PRINT_TIMEOUT": "60"])
            #expect(result.code == 69 && result.errLines.count == 1 && result.err.count < 2_000, "\(name): \(result.code) \(result.err.prefix(300))")
            #expect(!FileManager.default.fileExists(atPath: output), "\(name)")
        }
    }

    /// A temporary folder whose name holds `#` and `%`: the page's address is encoded, and a
    /// real Chromium prints it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
    func aTemporaryFolderWithSignsInItsNamePrints() throws {
        let buyin = Buyin.withStakeholder()
        let odd = buyin.folder.appendingPathComponent("tmp #1 100%").path
        try FileManager.default.createDirectory(atPath: odd, withIntermediateDirectories: true)
        let output = buyin.folder.appendingPathComponent("odd.pdf").path
        let printed = buyin.run(["brief", "--format", "pdf", "--output", output], extraEnvironment: ["TMPDIR": odd])
        #expect(printed.code == 0, "\(printed.err)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(data.starts(with: Array("%PDF".utf8)) && data.count > 1_000)
    }
}
