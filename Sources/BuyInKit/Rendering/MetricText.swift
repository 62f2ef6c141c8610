/// How a metric's value reads: "1 234,5 %" in French, "1,234.5%" in English.
public enum MetricText {
    public static func value(_ metric: Metric, _ l: Localizer) -> String {
        value(metric.value, unit: metric.unit, l)
    }

    public static func value(_ value: Double, unit: String, _ l: Localizer) -> String {
        l.withUnit(l.number(value), unit)
    }
}
