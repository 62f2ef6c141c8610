import Foundation
import Testing

/// Every word a person reads comes from the translation files: the sources may not print,
/// prompt or describe anything with a string literal made of words.
@Suite struct UserFacingLiteralsTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Calls whose string argument a person reads.
    static let sinks = [
        #"Console\.(out|error)\(\s*"(?:[^"\\]|\\.)*[A-Za-zÀ-ÿ]{2,}"#,
        #"FileHandleOutput\.prompt\(\s*"(?:[^"\\]|\\.)*[A-Za-zÀ-ÿ]{2,}"#,
        #"\b(abstract|discussion):\s*"(?:[^"\\]|\\.)*[A-Za-zÀ-ÿ]{2,}"#,
        #"ArgumentHelp\(\s*"(?:[^"\\]|\\.)*[A-Za-zÀ-ÿ]{2,}"#,
        #"\bhelp:\s*"(?:[^"\\]|\\.)*[A-Za-zÀ-ÿ]{2,}"#,
        #"print\(\s*"(?:[^"\\]|\\.)*[A-Za-zÀ-ÿ]{2,}"#,
    ]

    @Test func noWordsOutsideTheTranslationFiles() throws {
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: Self.sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for pattern in Self.sinks {
                let expression = try NSRegularExpression(pattern: pattern)
                for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    offenders.append("\(file): \(text[Range(match.range, in: text)!])")
                }
            }
        }
        #expect(offenders == [])
    }

    @Test func theLintCatchesALiteral() throws {
        let sample = #"Console.out("Meeting recorded")"#
        let expression = try NSRegularExpression(pattern: Self.sinks[0])
        #expect(expression.numberOfMatches(in: sample, range: NSRange(sample.startIndex..., in: sample)) == 1)
        let allowed = #"Console.out("  - " + note)"#
        #expect(expression.numberOfMatches(in: allowed, range: NSRange(allowed.startIndex..., in: allowed)) == 0)
    }
}
