import BuyInTestSupport
import Foundation
import Testing

/// Every word a person reads comes from the translation files: the sources may not print,
/// prompt or describe anything with a string literal made of words.
@Suite struct UserFacingLiteralsTests {
    static let sources = SourceTree.url("Sources")

    /// Calls whose first string argument a person reads.
    static let sinks = [
        #"Console\.(out|error|write)\(\s*""#, #"\b(abstract|discussion):\s*""#,
        #"ArgumentHelp\(\s*""#, #"\bhelp:\s*""#, #"\bprint\(\s*""#,
    ]

    /// The literal text of a string starting at `index` (just after its opening quote),
    /// leaving out interpolated code such as `\(l.text("key"))`.
    static func literalText(_ characters: [Character], from index: Int) -> String {
        var text = "", depth = 0, position = index
        while position < characters.count {
            let character = characters[position]
            if depth == 0 {
                if character == "\\", position + 1 < characters.count {
                    if characters[position + 1] == "(" { depth = 1; position += 2; continue }
                    position += 2; continue
                }
                if character == "\"" { break }
                text.append(character)
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
            }
            position += 1
        }
        return text
    }

    /// The printed literals made of words in a source text.
    static func offenders(in text: String) throws -> [String] {
        let characters = Array(text)
        let string = String(characters)
        var found: [String] = []
        for pattern in sinks {
            let expression = try NSRegularExpression(pattern: pattern)
            for match in expression.matches(in: string, range: NSRange(string.startIndex..., in: string)) {
                let end = string.distance(from: string.startIndex, to: Range(match.range, in: string)!.upperBound)
                let literal = literalText(characters, from: end)
                if literal.range(of: #"[A-Za-zÀ-ÿ]{2,}"#, options: .regularExpression) != nil { found.append(literal) }
            }
        }
        return found
    }

    @Test func noWordsOutsideTheTranslationFiles() throws {
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: Self.sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            offenders += try Self.offenders(in: text).map { "\(file): \($0)" }
        }
        #expect(offenders == [])
    }

    @Test func theLintCatchesALiteral() throws {
        #expect(try Self.offenders(in: #"Console.out("Meeting recorded")"#) == ["Meeting recorded"])
        #expect(try Self.offenders(in: #"Console.out("\(count) meetings")"#) == [" meetings"])
        #expect(try Self.offenders(in: #"Console.out("  - \(note) · \(l.text("label.private"))")"#) == [])
        #expect(try Self.offenders(in: #"abstract: "Show things""#) == ["Show things"])
    }
}
