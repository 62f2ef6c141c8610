/// How a metric's value reads: "1 234,5 %" in French, "1,234.5 %" in English.
public enum MetricText {
    public static func value(_ metric: Metric, _ l: Localizer) -> String {
        l.number(metric.value) + (metric.unit.isEmpty ? "" : " " + metric.unit)
    }
}
