@testable import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// The English and French tables must offer the same keys with the same placeholders, so that
/// no message ever falls back to English or loses an argument.
@Suite struct TranslationFilesTests {
    static let english = try! Localizer.loadTable(.en)
    static let french = try! Localizer.loadTable(.fr)

    @Test func bothFilesHaveTheSameKeys() {
        // Alias lists too: each language offers its own extra spellings for the same words.
        let en = Set(Self.english.keys)
        let fr = Set(Self.french.keys)
        #expect(en.subtracting(fr).sorted() == [], "keys missing in French")
        #expect(fr.subtracting(en).sorted() == [], "keys missing in English")
        // Every entry written in each file was read: a syntax slip would silently drop the rest.
        for (language, table) in [(Language.en, Self.english), (.fr, Self.french)] {
            let text = try! String(contentsOf: SourceTree.url("Resources/\(language.rawValue).lproj/Localizable.strings"), encoding: .utf8)
            let written = text.split(separator: "\n").filter { $0.hasPrefix("\"") && $0.contains("\" = \"") }.count
            #expect(table.count == written, "\(language)")
        }
    }

    /// Words built from a record's kind at run time, which the literal-key check below cannot see.
    @Test func everyKindOfRecordHasItsWords() {
        for kind in RecordKind.allCases {
            for key in ["error.unknown.\(kind.rawValue)", "record.\(kind.rawValue)"] {
                #expect(Self.english[key] != nil && Self.french[key] != nil, "\(key)")
            }
        }
    }

    @Test func placeholdersAgree() {
        for (key, english) in Self.english {
            guard let french = Self.french[key] else { continue }
            #expect(Localizer.placeholders(in: english).sorted() == Localizer.placeholders(in: french).sorted(), "\(key)")
        }
    }

    @Test func everyKeyTheCodeUsesExists() throws {
        var missing: [String] = []
        for (file, text) in try Self.sources() {
            for key in Self.keys(in: text) where Self.english[key] == nil { missing.append("\(file): \(key)") }
            // A key built at run time (`"record.\(kind.rawValue)"`): at least one of its family
            // must exist; each family's every member is checked where its values are known
            // (`everyKindOfRecordHasItsWords`, `briefLabelsAndVocabularyAreTranslated`).
            for pattern in Self.interpolatedKeys(in: text) {
                // `plural(…)` adds `.one` / `.other` to the key it is given.
                let family = try NSRegularExpression(pattern: "^" + pattern + "(\\.one|\\.other)?$")
                if !Self.english.keys.contains(where: { family.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }) {
                    missing.append("\(file): \(pattern)")
                }
            }
        }
        #expect(missing == [])
    }

    /// The literal keys a source file passes to the translation tables: to `text(…)` and
    /// `plural(…)` (not `has(…)`, which asks whether a key exists); as a command's help (`.buyin("meeting.log")` reads
    /// `help.meeting.log`, and `help.meeting.log.discussion` when it has one); as a listing's
    /// column heading (`ListColumn("column.number")`, `.init("column.cost")`); and as the label
    /// of a `Console.labelled` pair (`("column.channel", value)`).
    static func keys(in text: String) -> [String] {
        var keys: [String] = []
        func matches(_ pattern: String, in text: String = text) -> [[String]] {
            let expression = try! NSRegularExpression(pattern: pattern, options: .dotMatchesLineSeparators)
            return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
                (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } ?? "" }
            }
        }
        let dotted = #"[a-zA-Z]+\.[a-zA-Z.]+"#
        for groups in matches(#"\.(text|plural)\(""# + "(\(dotted))" + #"""#) {
            keys += groups[1] == "plural" ? ["\(groups[2]).one", "\(groups[2]).other"] : [groups[2]]
        }
        for groups in matches(#"\.buyin\("([a-zA-Z.]+)"([^)\n]*discussion: true)?"#) {
            keys.append("help.\(groups[1])")
            if !groups[2].isEmpty { keys.append("help.\(groups[1]).discussion") }
        }
        keys += matches(#"(?:ListColumn|\.init)\(""# + "(\(dotted))" + #"""#).map { $0[1] }
        for pairs in matches(#"labelled\(\[(.*?)\]\s*,\s*\w+\)"#) {
            keys += matches(#"\(""# + "(\(dotted))" + #"","#, in: pairs[1]).map { $0[1] }
        }
        return keys
    }

    /// Keys built with an interpolation, as patterns: `record.\(kind.rawValue)` is `record\.[A-Za-z0-9.-]+`.
    static func interpolatedKeys(in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: #"\.(?:text|plural)\("([a-zA-Z.]*\\\([^"]*)""#)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range(at: 1), in: text) else { return nil }
            var pattern = "", depth = 0, literal = String(text[range])[...]
            while let character = literal.first {
                literal = literal.dropFirst()
                if depth == 0 && character == "\\" && literal.first == "(" {
                    literal = literal.dropFirst()
                    depth = 1
                    pattern += "[A-Za-z0-9.-]+"
                } else if depth > 0 {
                    if character == "(" { depth += 1 }
                    if character == ")" { depth -= 1 }
                } else {
                    pattern += NSRegularExpression.escapedPattern(for: String(character))
                }
            }
            return pattern
        }
    }

    static func sources() throws -> [(String, String)] {
        let sources = SourceTree.url("Sources")
        return try FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map {
            ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The ways a key reaches the tables are each seen (a check that sees none proves nothing).
    @Test func theKeyCheckSeesEveryWayAKeyIsPassed() {
        let sample = #"""
            l.text("a.b"); l.plural("c.d", count: 1); l.has("optional.key"); .buyin("meeting.log", discussion: true); .buyin("win")
            ListColumn("column.number") { }; .init("column.cost") { }; Console.labelled([("column.channel", x),
                                                                                        ("column.date", y)], l)
            for (key, offset) in [("day.today", 0)] { }
            l.text("record.\(kind.rawValue)")
            """#
        #expect(Self.keys(in: sample).sorted() == ["a.b", "c.d.one", "c.d.other", "column.channel", "column.cost", "column.date",
                                                   "column.number", "help.meeting.log", "help.meeting.log.discussion",
                                                   "help.win"].sorted())
        #expect(Self.interpolatedKeys(in: sample) == [#"record\.[A-Za-z0-9.-]+"#])
    }

    /// Our fast reader of `.strings` files agrees with Foundation's property-list parser.
    @Test(arguments: [Language.en, .fr])
    func stringsReaderAgreesWithFoundation(language: Language) throws {
        let sources = SourceTree.url("Resources/\(language.rawValue).lproj/Localizable.strings")
        let data = try Data(contentsOf: sources)
        let foundation = try PropertyListSerialization.propertyList(from: data, options: [], format: nil) as? [String: String]
        #expect(StringsFile.parse(data) == foundation)
        #expect(StringsFile.parse(Data("\"a\" = \"x \\\"quoted\\\" \\n line\"; // note\n/* c */ \"b\"=\"2\";".utf8)) == ["a": "x \"quoted\" \n line", "b": "2"])
        #expect(StringsFile.parse(Data("\"a\" = \"unterminated;".utf8)) == nil)
    }

    /// A value is found by its key whatever the key is written with, and a later entry wins, as
    /// in Foundation's reader: the table files a key by a hash of its bytes, so the keys it must
    /// set aside (written with escapes) and the repeated ones are the cases to see through.
    @Test func aTableFindsEachKeyAsFoundationWould() throws {
        let text = #"""
            "plain" = "one"; "esc\"aped" = "two \"q\""; "plain" = "three";
            "esc\"aped" = "four"; "b" = "x"; "back\\slash" = "y"; "last" = "a\tb";
            """#
        let data = Data(text.utf8)
        let foundation = try PropertyListSerialization.propertyList(from: data, options: [], format: nil) as? [String: String]
        let table = try #require(StringsFile.table(data))
        #expect(table.all == foundation)
        for (key, value) in foundation ?? [:] { #expect(table[key] == value, "\(key)") }
        #expect(table["plain"] == "three" && table["esc\"aped"] == "four" && table["b"] == "x" && table["back\\slash"] == "y" && table["last"] == "a\tb")
        #expect(table["missing"] == nil && table[""] == nil && !table.isEmpty && StringsTable.empty.isEmpty)
        // More keys than the table first made room for: each still found after it grows.
        let many = try #require(StringsFile.table(Data((0..<200).map { "\"key.\($0)\" = \"value \($0)\";" }.joined().utf8)))
        #expect((0..<200).allSatisfy { many["key.\($0)"] == "value \($0)" } && many["key.200"] == nil)
    }

    /// No spelling, in either language, may name two words of one vocabulary.
    @Test func noSpellingIsShared() {
        func check<Word: VocabularyWord>(_ type: Word.Type) {
            var owner: [String: String] = [:]
            for word in Word.allCases {
                for spelling in Vocabulary.spellings(of: word) {
                    #expect(owner[spelling] == nil || owner[spelling] == word.rawValue, "\(spelling): \(owner[spelling] ?? "") and \(word.rawValue)")
                    owner[spelling] = word.rawValue
                }
            }
        }
        check(Stance.self); check(Channel.self); check(ObjectionCategory.self)
        check(ObjectionStatus.self); check(WinKind.self); check(DecisionOutcome.self); check(DecisionRole.self)
    }

    @Test func briefLabelsAndVocabularyAreTranslated() throws {
        let l = Localizer.loadOrBare(.fr)
        for key in BriefLabels.keys { #expect(Self.french["brief.\(key)"] != nil, "brief.\(key)") }
        #expect(Stance.skeptic.word(l) == "sceptique")
        // French stance words that do not change with the person; the earlier words still read.
        #expect(Stance.allCases.map { $0.word(l) } == ["moteur", "favorable", "neutre", "sceptique", "hostile"])
        for (old, stance) in [("champion", Stance.champion), ("partisane", .supporter), ("opposant", .blocker), ("réservée", .skeptic)] {
            #expect(try Stance.parse(old) == stance, "\(old)")
        }
        #expect(Channel.video.word(l) == "visio")
    }
}
