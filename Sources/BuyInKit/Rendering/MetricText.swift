/// How a figure reads: "1 234,5 %" in French, "1,234.5%" in English; an amount in its currency
/// as each reader writes money: "€20,000" in English, « 20 000 € » in French.
public enum MetricText {
    public static func value(_ metric: Metric, _ l: Localizer) -> String {
        value(metric.value, unit: metric.unit, l)
    }

    public static func value(_ value: Double, unit: String, _ l: Localizer) -> String {
        if let currency = Currency(code: unit) { return money(value, currency, l) }
        return l.withUnit(l.number(value), unit)
    }

    /// Whole amounts without decimals; others with both cents ("€1,234.50", not "€1,234.5").
    public static func money(_ value: Double, _ currency: Currency, _ l: Localizer) -> String {
        let cents = (abs(value) * 100).rounded()
        var figure = l.number(abs(value))
        if cents.truncatingRemainder(dividingBy: 100) != 0 && cents.truncatingRemainder(dividingBy: 10) == 0 { figure += "0" }
        let sign = value < 0 && cents > 0 ? "-" : ""
        return sign + l.text(currency.symbol == currency.code ? "money.code" : "money.symbol", currency.symbol, figure)
    }
}
