@testable import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

@Suite struct LanguageChoiceTests {
    @Test func optionWinsOverEnvironment() {
        #expect(Language.resolve(arguments: ["status", "--lang", "fr"], environment: ["LANG": "en_US.UTF-8"]) == .fr)
        #expect(Language.resolve(arguments: ["--lang=en"], environment: ["BUYIN_LANG": "fr"]) == .en)
    }

    @Test func environmentOrder() {
        #expect(Language.resolve(arguments: [], environment: ["BUYIN_LANG": "fr", "LC_ALL": "en_US.UTF-8"]) == .fr)
        #expect(Language.resolve(arguments: [], environment: ["LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"]) == .fr)
        #expect(Language.resolve(arguments: [], environment: ["LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_GB.UTF-8"]) == .fr)
        #expect(Language.resolve(arguments: [], environment: ["LANG": "fr_BE.UTF-8"]) == .fr)
        // The first variable that is set decides, even for a language buyin lacks.
        #expect(Language.resolve(arguments: [], environment: ["LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"]) == .en)
        #expect(Language.resolve(arguments: [], environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.resolve(arguments: [], environment: [:]) == .en)
    }

    @Test func argumentsAfterDoubleDashAreNotOptions() {
        #expect(Language.requestedInArguments(["start", "--", "--lang", "fr"]) == nil)
    }

    @Test func frenchCountsZeroAndOneAsSingular() {
        let fr = Localizer.loadOrBare(.fr), en = Localizer.loadOrBare(.en)
        #expect(fr.plural("status.wins", count: 0) == "0 avancée")
        #expect(fr.plural("status.wins", count: 2) == "2 avancées")
        #expect(en.plural("status.wins", count: 0) == "0 wins")
        #expect(en.plural("status.wins", count: 1) == "1 win")
    }

    @Test func datesAndNumbersInTheReadersLocale() {
        let fr = Localizer.loadOrBare(.fr), en = Localizer.loadOrBare(.en)
        let day = Day(iso: "2026-11-22")!
        #expect(en.date(day) == "November 22, 2026")
        // The day and the month never part at a line break.
        #expect(fr.date(day) == "22\u{00A0}novembre 2026")
        #expect(fr.date(Day(iso: "2027-05-01")!) == "1er\u{00A0}mai 2027")
        #expect(en.date(Day(iso: "2027-05-01")!) == "May 1, 2027")
        #expect(en.number(1_234_567.5) == "1,234,567.5")
        #expect(fr.number(1_234_567.5) == "1\u{202F}234\u{202F}567,5")
        #expect(en.number(-0.25) == "-0.25")
        #expect(en.number(42) == "42")
    }

    @Test func positionalPlaceholders() {
        #expect(Localizer.fill("%2$@ %1$@ %3$@", with: ["November", "22", "2026"]) == "22 November 2026")
        #expect(Localizer.fill("100%% %@", with: ["sure"]) == "100% sure")
        // What a person typed may hold stray percent signs or accents; none of it is lost.
        #expect(Localizer.fill("« %@ » : 5 % de plus", with: ["Hélène"]) == "« Hélène » : 5 % de plus")
        #expect(Localizer.fill("%1$@ and %1$@, %9$@.", with: ["é"]) == "é and é, .")
        #expect(Localizer.fill("ends with %", with: []) == "ends with %")
        #expect(Localizer.fill("%12$ %1$x %@", with: ["a"]) == "%12$ %1$x a")
        #expect(Localizer.fill("[%9999$@][%123456789012345678901234567890$@]", with: ["a"]) == "[][]")
        #expect(Localizer.fill("no placeholders", with: ["unused"]) == "no placeholders")
    }
}

@Suite struct InputWordsTests {
    @Test func datesInBothLanguages() throws {
        let today = Day(iso: "2026-11-22")!
        #expect(try DayParser.parse("2026-11-22", today: today, language: .en) == today)
        #expect(try DayParser.parse("today", today: today, language: .en) == today)
        #expect(try DayParser.parse("Aujourd'hui", today: today, language: .en) == today)
        #expect(try DayParser.parse("hier", today: today, language: .en).iso == "2026-11-21")
        #expect(try DayParser.parse("yesterday", today: Day(iso: "2026-03-01")!, language: .en).iso == "2026-02-28")
        for bad in ["2026-13-45", "31/02/2026", "2026-02-29", "", "tomorow", "2026-1-5"] {
            #expect(throws: BuyInError.invalidDate(bad)) { try DayParser.parse(bad, today: today, language: .en) }
        }
        #expect(try DayParser.parse("2028-02-29", today: today, language: .en).iso == "2028-02-29")
    }

    @Test func stancesAndChannelsInEitherLanguage() throws {
        #expect(try Stance.parse("Sceptique") == .skeptic)
        #expect(try Stance.parse("SKEPTIC") == .skeptic)
        #expect(try Stance.parse("partisan") == .supporter)
        #expect(try Stance.parse("opposant") == .blocker)
        #expect(try Channel.parse("visio") == .video)
        #expect(try Channel.parse("en personne") == .inPerson)
        #expect(try Channel.parse("in-person") == .inPerson)
        #expect(try ObjectionCategory.parse("coût") == .cost)
        #expect(try ObjectionCategory.parse("cout") == .cost)
        #expect(try ObjectionCategory.parse("risque") == .risk)
        #expect(throws: BuyInError.invalidWord(kind: .stance, value: "grumpy")) { try Stance.parse("grumpy") }
    }

    @Test func numbersInTheReadersLanguage() throws {
        #expect(try NumberParser.parse("1 234,5", language: .fr) == 1234.5)
        #expect(try NumberParser.parse("1,234.5", language: .en) == 1234.5)
        #expect(try NumberParser.parse("12%", language: .en) == 12)
        #expect(try NumberParser.parse("-0,5", language: .fr) == -0.5)
        #expect(throws: BuyInError.invalidNumber("twelve")) { try NumberParser.parse("twelve", language: .en) }
        #expect(throws: BuyInError.ambiguousNumber("1,5")) { try NumberParser.parse("1,5", language: .en) }
        #expect(throws: BuyInError.ambiguousNumber("1.234")) { try NumberParser.parse("1.234", language: .fr) }
        #expect(throws: BuyInError.numberOutOfRange("10,000,000,000,000,000")) { try NumberParser.parse("10,000,000,000,000,000", language: .en) }
    }

    @Test func anyStoredNumberDisplays() throws {
        let english = try Localizer.load(.en)
        #expect(english.number(1e17) == "100,000,000,000,000,000")
        #expect(english.number(-1e17) == "-100,000,000,000,000,000")
        #expect(english.number(1234.5) == "1,234.5")
        #expect(!english.number(1e300).isEmpty)
    }

    @Test func slugsAreShortAndTypeable() {
        #expect(Slug.make(from: "Réseaux sociaux : l’équipe commerciale !") == "reseaux-sociaux-l-equipe-commerciale")
        #expect(Slug.make(from: "¿¿??") == "campaign")
        #expect(Slug.make(from: String(repeating: "word ", count: 30)).count <= 40)
    }
}

@Suite struct FoldingTests {
    /// The ASCII shortcut must fold exactly as the Foundation path does, or a name typed one way
    /// would stop finding the person stored the other way.
    @Test func asciiShortcutAgreesWithFoundation() {
        let samples = ["Julie Martin", "  CFO  ", "social-selling_2027", "O'Brien", "Tab\tand\nnewline", "MiXeD   case--dash",
                       "", "   ", "a-b_c'd", "#12", "Q3 pipeline: +20%", "Z", "@~`{}|"]
        for sample in samples {
            let foundation = sample.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .map { "-_'’".contains($0) ? " " : $0 }
            let expected = String(foundation).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(Vocabulary.foldASCII(sample) == expected, "\(sample)")
        }
        #expect(Vocabulary.foldASCII("Hélène") == nil)
        #expect(Vocabulary.fold("Hélène  L’Écuyer") == "helene l ecuyer")
    }
}

@Suite struct ByteSearchTests {
    @Test func findsAndReplacesAsFoundationDoes() {
        let text = "Option inconnue : « --bogus » (voir l’aide) --bogus"
        for needle in ["--bogus", "«", "l’aide", "absent", "e", text + "x"] {
            #expect(text.byteRange(of: needle).map { text[$0] } == text.range(of: needle).map { text[$0] }, "\(needle)")
            #expect(text.byteRange(of: needle, backwards: true).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
                    == text.range(of: needle, options: .backwards).map { text.distance(from: text.startIndex, to: $0.lowerBound) }, "\(needle)")
            #expect(text.replacingEvery(needle, with: "→") == text.replacingOccurrences(of: needle, with: "→"), "\(needle)")
        }
        #expect("".replacingEvery("a", with: "b") == "")
        #expect("aaa".replacingEvery("aa", with: "b") == "ba")
    }

    /// What a listing shows as it is, one column a byte: printable ASCII only.
    @Test func printableASCIIIsTheSpaceToTheTilde() {
        #expect("Paul Martin 12 — ".isPrintableASCII == false)
        #expect(" !~ Paul #3 (call) 2026-01-02".isPrintableASCII)
        #expect("".isPrintableASCII)
        for text in ["a\nb", "a\tb", "\u{1B}[31m", "\u{7F}", "Zoé", "王"] { #expect(!text.isPrintableASCII, "\(text)") }
    }
}
