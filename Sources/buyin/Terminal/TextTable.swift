/// Columns aligned for reading in a terminal; headings in bold on a colour terminal.
struct TextTable {
    var headings: [String]
    var rows: [[String]] = []

    init(_ headings: [String]) { self.headings = headings }

    mutating func add(_ row: [String]) {
        rows.append(row.map { cell in cell.utf8.contains(10) ? String(cell.map { $0 == "\n" ? " " : $0 }) : cell })
    }

    func render() -> String {
        // Widths in characters, counted once per cell.
        let headingCounts = headings.map(\.count)
        let rowCounts = rows.map { $0.map(\.count) }
        var widths = headingCounts
        for counts in rowCounts {
            for (index, count) in counts.enumerated() where index < widths.count { widths[index] = max(widths[index], count) }
        }
        func line(_ cells: [String], _ counts: [Int]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                text += cell
                if index < cells.count - 1 {
                    text += String(repeating: " ", count: widths[index] - counts[index] + 2)
                }
            }
            return text
        }
        var output = Console.bold(line(headings, headingCounts))
        for (cells, counts) in zip(rows, rowCounts) {
            output += "\n"
            output += line(cells, counts)
        }
        return output
    }
}
