/// An amount as people write it: a number in the reader's convention (`NumberParser`), a currency
/// symbol or code before or after it (`€20k`, `20 000 €`, `CHF 20,000`), and a magnitude
/// (`k`, `M`, `Md`, `bn`): `1,5 M€` in French is 1,500,000 euros. The currency is kept with the
/// amount so that it is shown in each reader's convention.
public struct Amount: Sendable, Equatable {
    public var value: Double
    public var currency: Currency?

    public init(value: Double, currency: Currency? = nil) { self.value = value; self.currency = currency }

    /// The magnitudes typed after a figure, longest first: "Md"/"Mds" are the French milliard,
    /// "bn" the English billion (both 10⁹); "m" is how British budgets write a million.
    static let magnitudes: [(suffix: String, factor: Double)] = [
        ("Mds", 1e9), ("Mrd", 1e9), ("Md", 1e9), ("md", 1e9), ("bn", 1e9), ("Bn", 1e9), ("B", 1e9),
        ("mn", 1e6), ("Mn", 1e6), ("M", 1e6), ("m", 1e6), ("k", 1e3), ("K", 1e3),
    ]

    /// Reads an amount. As money (a cost, or any figure typed with a currency), a decimal
    /// separator followed by exactly three digits is refused: `1.500` is 1.5 to an English
    /// reader and 1,500 to most of Europe, and a budget off by a thousand is worse than a question.
    public static func parse(_ input: String, language: Language, asMoney: Bool = false) throws -> Amount {
        var text = Substring(input.trimmed)
        var sign = ""
        if text.first == "-" { sign = "-"; text = text.dropFirst().trimmedSubstring }
        let currency = takeCurrency(from: &text)
        if text.first == "-", sign.isEmpty { sign = "-"; text = text.dropFirst().trimmedSubstring }
        var factor = 1.0
        if let magnitude = magnitudes.first(where: { text.hasSuffix($0.suffix) && text.dropLast($0.suffix.count).last?.isNumber == true
                                                || text.hasSuffix(" " + $0.suffix) }) {
            factor = magnitude.factor
            text = text.dropLast(magnitude.suffix.count).trimmedSubstring
        }
        // A currency may also follow the magnitude's space: "20 k EUR" was read above; "20 EUR k" is not a way to write it.
        let isMoney = asMoney || currency != nil || factor != 1
        if isMoney && hasThreeDigitDecimals(text, language: language) { throw BuyInError.ambiguousAmount(input.trimmed) }
        let number: Double
        do {
            number = try NumberParser.parse(sign + text, language: language)
        } catch BuyInError.invalidNumber where isMoney || input.contains(where: \.isLetter) {
            throw BuyInError.invalidAmount(input.trimmed)
        } catch BuyInError.ambiguousNumber where isMoney {
            throw BuyInError.ambiguousAmount(input.trimmed)
        }
        guard factor != 1 else { return Amount(value: number, currency: currency) }
        // 1.1 × 1000 is 1100.0000000000002 in binary: a scaled amount is kept to the cent.
        let scaled = (number * factor * 100).rounded() / 100
        guard abs(scaled) <= NumberParser.largest else { throw BuyInError.numberOutOfRange(input.trimmed) }
        return Amount(value: scaled, currency: currency)
    }

    /// A unit that is a currency, possibly with a magnitude: `k€`, `M$`, `EUR`, `kCHF`. The
    /// figure is then in thousands or millions of that currency.
    public static func moneyUnit(_ unit: String) -> (factor: Double, currency: Currency)? {
        var text = Substring(unit.trimmed)
        guard let currency = takeCurrency(from: &text) else { return nil }
        if text.isEmpty { return (1, currency) }
        return magnitudes.first { $0.suffix == text }.map { ($0.factor, currency) }
    }

    /// A figure and its unit as typed (`--cost 50 --unit k€`, `metric add … "€142k"`): the
    /// figure to store and the unit to store with it, nil when nothing says which.
    public static func reading(_ value: String, unit: String?, language: Language, asMoney: Bool) throws -> (value: Double, unit: String?) {
        let amount = try parse(value, language: language, asMoney: asMoney)
        guard let unit else { return (amount.value, amount.currency?.code) }
        if let money = moneyUnit(unit) {
            if let typed = amount.currency, typed != money.currency { throw BuyInError.currencyConflict(amount: value.trimmed, unit: unit.trimmed) }
            let scaled = (amount.value * money.factor * 100).rounded() / 100
            guard abs(scaled) <= NumberParser.largest else { throw BuyInError.numberOutOfRange(value.trimmed) }
            return (scaled, money.currency.code)
        }
        if amount.currency != nil && !unit.trimmed.isEmpty { throw BuyInError.currencyConflict(amount: value.trimmed, unit: unit.trimmed) }
        return (amount.value, unit.trimmed)
    }

    /// Takes a currency written before or after the figure, and says which.
    private static func takeCurrency(from text: inout Substring) -> Currency? {
        for (spelling, currency) in Currency.spellingsLongestFirst {
            let isCode = spelling == currency.code
            if text.count >= spelling.count, matches(text.prefix(spelling.count), spelling, ignoringCase: isCode) {
                let rest = text.dropFirst(spelling.count)
                // A code runs into no letter: "EURO" is not "EUR" and "O".
                if isCode, rest.first?.isLetter == true { continue }
                text = rest.trimmedSubstring
                return currency
            }
            if text.count >= spelling.count, matches(text.suffix(spelling.count), spelling, ignoringCase: isCode) {
                let rest = text.dropLast(spelling.count)
                if isCode, let before = rest.last, before.isLetter, !magnitudes.contains(where: { rest.hasSuffix($0.suffix) }) { continue }
                text = rest.trimmedSubstring
                return currency
            }
        }
        return nil
    }

    private static func matches(_ text: Substring, _ spelling: String, ignoringCase: Bool) -> Bool {
        ignoringCase ? text.uppercased() == spelling : text == spelling
    }

    /// `1.500` in English, `1,500` in French: one decimal separator, no grouping, three decimals.
    private static func hasThreeDigitDecimals(_ text: Substring, language: Language) -> Bool {
        let decimal: Character = language == .fr ? "," : "."
        let compact = text.filter { !$0.isWhitespace }
        let pieces = compact.split(separator: decimal, omittingEmptySubsequences: false)
        return pieces.count == 2 && pieces[1].count == 3 && pieces[1].allSatisfy(\.isNumber)
            && !pieces[0].contains(where: { $0 == "," || $0 == "." })
    }
}

extension Substring {
    var trimmedSubstring: Substring {
        var text = self
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
