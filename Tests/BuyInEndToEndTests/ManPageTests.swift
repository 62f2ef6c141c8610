import BuyInTestSupport
import Foundation
import Testing

/// The manual pages in docs/man are written by `scripts/make-man-page` from the parser; a command
/// or a help line changed without writing them again fails here, in both languages.
@Suite struct ManPageTests {
    /// A page's text as a reader sees it: roff's `\[uXXXX]` escapes as their characters, one space
    /// for every run of blanks.
    static func text(ofPage path: String) throws -> String {
        let source = try String(contentsOf: SourceTree.url(path), encoding: .utf8)
        var text = ""
        var rest = Substring(source)
        while let start = rest.range(of: "\\[u") {
            text += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "]"), let code = UInt32(after[..<end], radix: 16), let scalar = Unicode.Scalar(code) else {
                text += "\\[u"; rest = after; continue
            }
            text.unicodeScalars.append(scalar)
            rest = after[after.index(after: end)...]
        }
        text += rest
        return Self.blanksJoined(text)
    }

    static func blanksJoined(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    @Test(arguments: [("en", "docs/man/buyin.1"), ("fr", "docs/man/fr/buyin.1")])
    func theManualPageSaysWhatTheHelpSays(language: String, path: String) throws {
        let page = try Self.text(ofPage: path)
        let dump = Buyin(language: language).run(["--experimental-dump-help"], expect: 0).out
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])["command"] as? [String: Any]
        var abstracts: [(String, String)] = []
        func walk(_ command: [String: Any], _ path: String) {
            if let abstract = command["abstract"] as? String { abstracts.append((path, abstract)) }
            for option in command["arguments"] as? [[String: Any]] ?? [] {
                if let help = option["abstract"] as? String, !help.isEmpty { abstracts.append((path, help)) }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path + " " + (sub["commandName"] as? String ?? "?"))
            }
        }
        walk(try #require(root), "buyin")
        #expect(abstracts.count > 100)
        for (command, abstract) in abstracts {
            // A quote in a macro line is written `\(dq` by generate-manual; the words around it are checked.
            for part in Self.blanksJoined(abstract).components(separatedBy: "\"") where part.count > 3 {
                let found = page.contains(part)
                #expect(found, "`\(command)`: “\(part)” is not in \(path); run scripts/make-man-page")
            }
        }
        let keepsEveryCharacter = page.contains("→") && (language == "en" || page.contains("é"))
        #expect(keepsEveryCharacter, "the arrows and accents generate-manual would drop")
        // Commands and paths are copied from the page: roff must not hyphenate them.
        #expect(page.contains(" .Os .nh "), "no hyphenation")
        if language == "fr" {
            for english in [".Sh NAME", "EXIT STATUS", ".Ex -std", "AUTHORS", "written by", "subcommand", "December"] {
                let left = page.contains(english)
                #expect(!left, "the French page still says “\(english)”")
            }
            let french = page.contains(".Sh NOM") && page.contains("CODE DE RETOUR") && page.contains("les auteurs de buyin")
            #expect(french)
        }
    }
}
