/// Columns aligned for reading in a terminal; headings in bold on a colour terminal.
struct TextTable {
    var headings: [String]
    var rows: [[String]] = []

    init(_ headings: [String]) { self.headings = headings }

    mutating func add(_ row: [String]) {
        rows.append(row.map { $0.replacingEvery("\n", with: " ") })
    }

    func render() -> String {
        // Widths in characters, counted once per cell.
        let headingCounts = headings.map(\.count)
        let rowCounts = rows.map { $0.map(\.count) }
        var widths = headingCounts
        for counts in rowCounts {
            for (index, count) in counts.enumerated() where index < widths.count { widths[index] = max(widths[index], count) }
        }
        // One growing string and one run of spaces to cut padding from: a thousand-row listing
        // would otherwise allocate a string per cell.
        let spaces = String(repeating: " ", count: (widths.max() ?? 0) + 2)
        func append(_ cells: [String], _ counts: [Int], to output: inout String) {
            for (index, cell) in cells.enumerated() {
                output += cell
                if index < cells.count - 1 {
                    output += spaces.prefix(widths[index] - counts[index] + 2)
                }
            }
        }
        var heading = ""
        append(headings, headingCounts, to: &heading)
        var output = Console.bold(heading)
        output.reserveCapacity(output.utf8.count + rows.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for (cells, counts) in zip(rows, rowCounts) {
            output += "\n"
            append(cells, counts, to: &output)
        }
        return output
    }
}
