import BuyInKit
import Testing

/// Money as people write it, read and shown in both languages: each row is what a marketer
/// typed, what buyin stores, and what each reader then sees.
@Suite struct AmountTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        let typed: String, language: Language, value: Double, currency: String?, english: String, french: String
        var testDescription: String { "\(typed) (\(language.rawValue))" }
    }

    static let nb = "\u{00A0}", thin = "\u{202F}"
    static let accepted: [Accepted] = [
        .init(typed: "€20k", language: .en, value: 20_000, currency: "EUR", english: "€20,000", french: "20\(thin)000\(nb)€"),
        .init(typed: "$1.5M", language: .en, value: 1_500_000, currency: "USD", english: "$1,500,000", french: "1\(thin)500\(thin)000\(nb)$"),
        .init(typed: "20 000 €", language: .fr, value: 20_000, currency: "EUR", english: "€20,000", french: "20\(thin)000\(nb)€"),
        .init(typed: "20\u{202F}000\u{00A0}€", language: .fr, value: 20_000, currency: "EUR", english: "€20,000", french: "20\(thin)000\(nb)€"),
        .init(typed: "1,5 M€", language: .fr, value: 1_500_000, currency: "EUR", english: "€1,500,000", french: "1\(thin)500\(thin)000\(nb)€"),
        .init(typed: "20,000", language: .en, value: 20_000, currency: nil, english: "20,000", french: "20\(thin)000"),
        .init(typed: "£250", language: .en, value: 250, currency: "GBP", english: "£250", french: "250\(nb)£"),
        .init(typed: "CHF 20,000", language: .en, value: 20_000, currency: "CHF", english: "CHF 20,000", french: "20\(thin)000\(nb)CHF"),
        .init(typed: "20000 chf", language: .fr, value: 20_000, currency: "CHF", english: "CHF 20,000", french: "20\(thin)000\(nb)CHF"),
        .init(typed: "EUR 1,234.5", language: .en, value: 1_234.5, currency: "EUR", english: "€1,234.50", french: "1\(thin)234,50\(nb)€"),
        .init(typed: "USD 2bn", language: .en, value: 2_000_000_000, currency: "USD", english: "$2,000,000,000", french: "2\(thin)000\(thin)000\(thin)000\(nb)$"),
        .init(typed: "3 Md€", language: .fr, value: 3_000_000_000, currency: "EUR", english: "€3,000,000,000", french: "3\(thin)000\(thin)000\(thin)000\(nb)€"),
        .init(typed: "1.1k€", language: .en, value: 1_100, currency: "EUR", english: "€1,100", french: "1\(thin)100\(nb)€"),
        .init(typed: "CA$5k", language: .en, value: 5_000, currency: "CAD", english: "CA$5,000", french: "5\(thin)000\(nb)CA$"),
        .init(typed: "-€5", language: .en, value: -5, currency: "EUR", english: "-€5", french: "-5\(nb)€"),
        .init(typed: "48.6k", language: .en, value: 48_600, currency: nil, english: "48,600", french: "48\(thin)600"),
        .init(typed: "12,25", language: .fr, value: 12.25, currency: nil, english: "12.25", french: "12,25"),
    ]

    @Test(arguments: accepted)
    func readStoredAndShown(_ row: Accepted) throws {
        let amount = try Amount.parse(row.typed, language: row.language)
        #expect(amount.value == row.value)
        #expect(amount.currency?.code == row.currency)
        let unit = amount.currency?.code ?? ""
        #expect(MetricText.value(amount.value, unit: unit, try Localizer.load(.en)) == row.english)
        #expect(MetricText.value(amount.value, unit: unit, try Localizer.load(.fr)) == row.french)
    }

    struct Refused: Sendable, CustomTestStringConvertible {
        let typed: String, language: Language, error: BuyInError
        var testDescription: String { "\(typed) (\(language.rawValue))" }
    }

    static let refused: [Refused] = [
        // The separator a reader on the other side of the Channel reads the other way.
        .init(typed: "1.500", language: .en, error: .ambiguousAmount("1.500")),
        .init(typed: "€1.500", language: .en, error: .ambiguousAmount("€1.500")),
        .init(typed: "1,500 €", language: .fr, error: .ambiguousAmount("1,500 €")),
        .init(typed: "1.500 €", language: .fr, error: .ambiguousAmount("1.500 €")),
        .init(typed: "$1,5M", language: .en, error: .ambiguousAmount("$1,5M")),
        .init(typed: "€twenty", language: .en, error: .invalidAmount("€twenty")),
        .init(typed: "20 €k", language: .en, error: .invalidAmount("20 €k")),
        .init(typed: "ZZZ 20", language: .en, error: .invalidAmount("ZZZ 20")),
        .init(typed: "€", language: .fr, error: .invalidAmount("€")),
        .init(typed: "€2,000,000,000,000bn", language: .en, error: .numberOutOfRange("€2,000,000,000,000bn")),
    ]

    @Test(arguments: refused)
    func refusedWithWhatToWrite(_ row: Refused) throws {
        #expect(throws: row.error) { try Amount.parse(row.typed, language: row.language, asMoney: true) }
    }

    /// A cost typed bare is money all the same: `1.500` is refused there, a ratio elsewhere is not.
    @Test func onlyMoneyRefusesThreeDecimals() throws {
        #expect(throws: BuyInError.ambiguousAmount("1.500")) { try Amount.parse("1.500", language: .en, asMoney: true) }
        #expect(try Amount.parse("1.500", language: .en).value == 1.5)
    }

    /// A unit may carry the currency and its magnitude; it never contradicts the amount's.
    @Test func aUnitThatIsACurrency() throws {
        #expect(try Amount.reading("50", unit: "k€", language: .en, asMoney: true) == (50_000, "EUR"))
        #expect(try Amount.reading("50,5", unit: "k€", language: .fr, asMoney: true) == (50_500, "EUR"))
        #expect(try Amount.reading("€50k", unit: "EUR", language: .en, asMoney: true) == (50_000, "EUR"))
        #expect(try Amount.reading("50", unit: "days", language: .en, asMoney: false) == (50, "days"))
        #expect(try Amount.reading("€50", unit: nil, language: .en, asMoney: true) == (50, "EUR"))
        #expect(try Amount.reading("50", unit: nil, language: .en, asMoney: true) == (50, nil))
        #expect(throws: BuyInError.currencyConflict(amount: "$50", unit: "EUR")) { try Amount.reading("$50", unit: "EUR", language: .en, asMoney: true) }
        #expect(throws: BuyInError.currencyConflict(amount: "$50", unit: "days")) { try Amount.reading("$50", unit: "days", language: .en, asMoney: false) }
    }

    @Test func currenciesAsTyped() {
        #expect(Currency(typed: "eur")?.code == "EUR")
        #expect(Currency(typed: "€")?.code == "EUR")
        #expect(Currency(typed: "$")?.code == "USD")
        #expect(Currency(typed: "dollars") == nil)
        #expect(Currency(code: "k€") == nil)
    }
}
