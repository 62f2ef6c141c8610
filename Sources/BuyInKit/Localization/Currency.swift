/// A currency an amount is written in, known by its ISO 4217 code. The few symbols people type
/// (`€`, `$`, `£`) are read as the currency a marketer means by them; every other currency is
/// typed and shown by its code (`CHF 20,000`, « 20 000 CHF »).
public struct Currency: Sendable, Equatable {
    public let code: String
    /// What is shown before the figure in English and after it in French; the code when the
    /// currency has no symbol of its own that readers would not mistake.
    public let symbol: String
    /// Other ways people type it, besides the code and the symbol.
    let alsoTyped: [String]

    private init(_ code: String, _ symbol: String? = nil, alsoTyped: [String] = []) {
        self.code = code; self.symbol = symbol ?? code; self.alsoTyped = alsoTyped
    }

    /// The currencies buyin reads. `$` alone is the US dollar, as in most marketing budgets;
    /// Canadian and Australian dollars are written `CA$`, `A$` or by their codes.
    public static let known: [Currency] = [
        Currency("EUR", "€"), Currency("USD", "$", alsoTyped: ["US$"]), Currency("GBP", "£"), Currency("JPY", "¥"),
        Currency("INR", "₹"), Currency("CAD", "CA$", alsoTyped: ["C$"]), Currency("AUD", "A$", alsoTyped: ["AU$"]),
        Currency("CHF"), Currency("SEK"), Currency("NOK"), Currency("DKK"), Currency("PLN"), Currency("CZK"),
        Currency("CNY"), Currency("HKD"), Currency("SGD"), Currency("NZD"), Currency("BRL"), Currency("MXN"), Currency("ZAR"),
    ]

    /// The currency stored under this code (the unit of an amount), if it is one.
    public init?(code: String) {
        guard code.count == 3, let found = Currency.known.first(where: { $0.code == code }) else { return nil }
        self = found
    }

    /// The currency a person typed on its own: a code in any case (`eur`), or a symbol.
    public init?(typed: String) {
        let text = typed.trimmed
        guard let found = Currency.known.first(where: { $0.spellings.contains(text) || $0.code == text.uppercased() }) else { return nil }
        self = found
    }

    var spellings: [String] { [symbol, code] + alsoTyped }

    /// Every spelling, longest first, so that `CA$` is taken before `$` and `US$` before `$`.
    static let spellingsLongestFirst: [(spelling: String, currency: Currency)] =
        known.flatMap { currency in currency.spellings.map { ($0, currency) } }.sorted { $0.spelling.count > $1.spelling.count }
}
