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
        // Literal keys passed to text(…) / plural(…) in the sources must be in the table.
        let sources = SourceTree.url("Sources")
        let pattern = try NSRegularExpression(pattern: #"\.(text|plural)\("([a-zA-Z]+\.[a-zA-Z.]+)""#)
        var missing: [String] = []
        for file in FileManager.default.enumerator(atPath: sources.path)!.compactMap({ $0 as? String }) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 2), in: text)!])
                let isPlural = text[Range(match.range(at: 1), in: text)!] == "plural"
                let wanted = isPlural ? ["\(key).one", "\(key).other"] : [key]
                missing += wanted.filter { Self.english[$0] == nil }
            }
        }
        #expect(missing == [])
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
        check(ObjectionStatus.self); check(WinKind.self); check(DecisionOutcome.self)
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
