/// How a goal's movement reads: "12 → 30 %", or whichever end is known.
public enum Alignment {
    public static func range(_ goal: Goal, _ l: Localizer) -> String {
        let unit = goal.unit.isEmpty ? "" : " " + goal.unit
        switch (goal.baseline.isEmpty, goal.target.isEmpty) {
        case (false, false): return "\(goal.baseline) → \(goal.target)\(unit)"
        case (true, false): return "→ \(goal.target)\(unit)"
        case (false, true): return "\(goal.baseline)\(unit) →"
        case (true, true): return ""
        }
    }
}
