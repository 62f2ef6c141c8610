/// Columns aligned for reading in a terminal; headings in bold on a colour terminal.
struct TextTable {
    var headings: [String]
    var rows: [[String]] = []

    init(_ headings: [String]) { self.headings = headings }

    mutating func add(_ row: [String]) {
        rows.append(row.map { cell in cell.contains("\n") ? String(cell.map { $0 == "\n" ? " " : $0 }) : cell })
    }

    func render() -> String {
        var widths = headings.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        var output = [Console.bold(line(headings))]
        output += rows.map(line)
        return output.joined(separator: "\n")
    }
}
