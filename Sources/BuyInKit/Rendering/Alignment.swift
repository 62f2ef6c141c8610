/// How a goal's movement reads: "12 → 30 %", or whichever end is known.
public enum Alignment {
    public static func range(_ goal: Goal) -> String {
        range(baseline: goal.baseline, target: goal.target, unit: goal.unit)
    }

    public static func range(baseline: String, target: String, unit: String) -> String {
        let unit = unit.isEmpty ? "" : " " + unit
        switch (baseline.isEmpty, target.isEmpty) {
        case (false, false): return "\(baseline) → \(target)\(unit)"
        case (true, false): return "→ \(target)\(unit)"
        case (false, true): return "\(baseline)\(unit) →"
        case (true, true): return ""
        }
    }
}
