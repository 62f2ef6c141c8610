import BuyInTestSupport
import Foundation
import Testing

/// The README is the first screen of the product: what it says works, works, as written.
/// Its ` ```sh ` blocks run here in a fresh home, on today's real date, with `buyin` the binary
/// just built; ` ```shell ` blocks (installing, building) are shown and not run.
@Suite struct ReadmeTests {
    static let readme = try! String(contentsOf: SourceTree.url("README.md"), encoding: .utf8)

    /// The text of every block fenced with exactly `info`.
    static func blocks(_ info: String) -> [String] {
        var blocks: [String] = [], current: [Substring]?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = current {
                if line.hasPrefix("```") { blocks.append(lines.joined(separator: "\n")); current = nil } else { current = lines + [line] }
            } else if line == "```\(info)" {
                current = []
            }
        }
        return blocks
    }

    @Test func itsCommandsRunAsWrittenOnAnyDay() throws {
        var buyin = Buyin(language: "en")
        // Today's real date, the default database under the fresh home, `buyin` on the PATH.
        buyin.environment["SOURCE_DATE_EPOCH"] = nil
        buyin.environment["BUYIN_DB"] = nil
        buyin.environment["PATH"] = Buyin.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
        let blocks = Self.blocks("sh")
        #expect(blocks.count >= 2, "the tutorial's blocks are fenced sh")
        for block in blocks {
            // Stops at the first command that fails and names it.
            let script = "trap 'echo \"failed: $BASH_COMMAND\" >&2' ERR\n" + block
            let result = buyin.run(["-e", "-o", "pipefail", "-c", script], binary: URL(fileURLWithPath: "/bin/bash"))
            #expect(result.code == 0, "\(result.err)")
            // Confirmations of files written go to standard error; a warning there would mean the
            // example shows a slip.
            let warnings = result.err.split(separator: "\n").filter { $0.hasPrefix("buyin") }
            #expect(warnings.isEmpty, "a warning where the README shows none: \(result.err)")
        }
        let home = buyin.folder
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/buyin/buyin.sqlite").path),
                "the data lives where the README says")
        for written in ["pre-read.md", "pre-read.html", "note.md"] {
            let text = try String(contentsOf: home.appendingPathComponent(written), encoding: .utf8)
            #expect(!text.contains("Under pressure from the board"), "a private note in \(written)")
        }
        let brief = try String(contentsOf: home.appendingPathComponent("pre-read.md"), encoding: .utf8)
        #expect(brief.contains("Approve €50k for a 12-month programme"))
        #expect(brief.contains("Show me the pipeline, then we talk."))
        let french = try String(contentsOf: home.appendingPathComponent("note.md"), encoding: .utf8)
        #expect(french.hasPrefix("# Note de préparation"))
    }

    /// The table of commands names every command `buyin --help` lists.
    @Test func itsTableNamesEveryCommand() {
        let help = Buyin(language: "en").run(["--help"], expect: 0).out
        let listed = help.components(separatedBy: "SUBCOMMANDS:").last!.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0.allSatisfy(\.isLowercase) }
        #expect(listed.count > 15, "\(help)")
        // The commands each row of the table names in its first cell: `backup FILE`, `export FILE`…
        let named = Self.readme.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { row in
            row.split(separator: "|")[0].components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }
                .compactMap { $0.element.split(separator: " ").first.map(String.init) }
        }
        for command in listed {
            #expect(named.contains(command), "`buyin \(command)` is missing from the README's table")
        }
    }

    /// Every file the README points to is in the repository.
    @Test func itsLinksLeadSomewhere() {
        let links = Self.readme.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first.map(String.init) }
        #expect(links.count >= 6)
        for link in links where !link.contains("://") {
            #expect(FileManager.default.fileExists(atPath: SourceTree.url(link).path), "\(link)")
        }
    }
}
