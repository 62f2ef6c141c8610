/// How a goal's movement reads: "1,800 → 2,400 k€" ("1 800 → 2 400 k€" in French), or whichever
/// end is known. Ends typed as plain numbers are grouped as every other number of the document.
public enum Alignment {
    public static func range(_ goal: Goal, _ l: Localizer) -> String {
        range(baseline: goal.baseline, target: goal.target, unit: goal.unit, l)
    }

    public static func range(baseline: String, target: String, unit: String, _ l: Localizer) -> String {
        let baseline = number(baseline, l), target = number(target, l)
        switch (baseline.isEmpty, target.isEmpty) {
        case (false, false): return l.withUnit("\(baseline) → \(target)", unit)
        case (true, false): return l.withUnit("→ \(target)", unit)
        case (false, true): return l.withUnit(baseline, unit) + " →"
        case (true, true): return ""
        }
    }

    /// A plain number as typed ("1800", "12.5") in the reader's form; anything else as typed.
    static func number(_ text: String, _ l: Localizer) -> String {
        let text = text.trimmed
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), text.first != ".",
              let value = Double(text), abs(value) < 1e15 else { return text }
        return l.number(value)
    }
}
