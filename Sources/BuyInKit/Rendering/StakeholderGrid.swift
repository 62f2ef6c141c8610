/// `buyin stakeholder map`: the power/interest grid drawn with box characters, each person in
/// their quadrant with where they started and where they stand now.
public enum StakeholderGrid {
    /// The quadrants in reading order: high influence on top, high interest on the right.
    static let quadrants = ["KeepSatisfied", "ManageClosely", "Monitor", "KeepInformed"]
    static let widestCell = 38, narrowestCell = 12, labelWidth = 13

    /// A quadrant's width for a terminal `columns` wide (the grid is two quadrants, the side's
    /// label and five columns of borders): as wide as fits, up to the full 38.
    static func cellWidth(columns: Int?) -> Int {
        guard let columns else { return widestCell }
        return max(narrowestCell, min(widestCell, (columns - labelWidth - 7) / 2))
    }

    /// The quadrant's key (`ManageClosely`) for a person: 4 and 5 are high, as in the pre-read.
    public static func quadrant(influence: Int, interest: Int) -> String {
        switch (influence >= 4, interest >= 4) {
        case (true, true): return "ManageClosely"
        case (true, false): return "KeepSatisfied"
        case (false, true): return "KeepInformed"
        case (false, false): return "Monitor"
        }
    }

    /// The grid as lines. `paint` colours a person's line by their stance now (at a terminal);
    /// widths are measured before it, so colour codes never shift a border.
    public static func lines(_ people: [MappedStakeholder], _ l: Localizer, columns: Int? = nil,
                             paint: (String, Stance?) -> String = { text, _ in text }) -> [String] {
        let cellWidth = cellWidth(columns: columns)
        var cells: [String: [(text: String, stance: Stance?)]] = [:]
        for person in people {
            let now = person.currentStance?.word(l) ?? "—"
            let first = person.meetingCount > 0 ? person.firstStance : nil
            let stances = first.map { $0 == person.currentStance ? now : "\($0.word(l)) → \(now)" } ?? now
            // Two lines a person: the name, then the stances, so that both fit a terminal's width.
            let cell = quadrant(influence: person.influence, interest: person.interest)
            cells[cell, default: []].append(("\(mark(person.currentStance)) \(person.name.shownOnOneLine)", person.currentStance))
            cells[cell, default: []].append(("  \(stances)", person.currentStance))
        }
        let bar = String(repeating: "─", count: cellWidth + 2)
        var lines = [
            pad("", labelWidth) + " " + pad(l.text("map.interestLow"), cellWidth + 3) + l.text("map.interestHigh"),
            pad("", labelWidth) + "┌" + bar + "┬" + bar + "┐",
        ]
        for (row, side) in [(0, l.text("map.influenceHigh")), (1, l.text("map.influenceLow"))] {
            let left = quadrants[row * 2], right = quadrants[row * 2 + 1]
            let leftLines = [(l.text("brief.quadrant\(left)").uppercased(), nil)] + (cells[left] ?? []).map { ($0.text, $0.stance) }
            let rightLines = [(l.text("brief.quadrant\(right)").uppercased(), nil)] + (cells[right] ?? []).map { ($0.text, $0.stance) }
            for index in 0..<max(leftLines.count, rightLines.count) {
                let label = index == 0 ? side : ""
                func cell(_ entries: [(String, Stance?)]) -> String {
                    guard index < entries.count else { return pad("", cellWidth) }
                    let text = fit(entries[index].0, cellWidth)
                    return paint(pad(text, cellWidth), index == 0 ? nil : entries[index].1)
                }
                lines.append(pad(label, labelWidth) + "│ " + cell(leftLines) + " │ " + cell(rightLines) + " │")
            }
            lines.append(pad("", labelWidth) + (row == 0 ? "├" + bar + "┼" + bar + "┤" : "└" + bar + "┴" + bar + "┘"))
        }
        return lines
    }

    /// A sign per stance, so the grid reads without colour: ++ champion, + supporter, = neutral,
    /// − skeptic, −− blocker, ? not known.
    static func mark(_ stance: Stance?) -> String {
        switch stance {
        case .champion: return "++"
        case .supporter: return "+"
        case .neutral: return "="
        case .skeptic: return "−"
        case .blocker: return "−−"
        case nil: return "?"
        }
    }

    static func fit(_ text: String, _ width: Int) -> String { DisplayWidth.fit(text, width) }

    static func pad(_ text: String, _ width: Int) -> String { DisplayWidth.pad(text, width) }
}
