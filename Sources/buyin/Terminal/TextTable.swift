import BuyInKit

/// Columns aligned for reading in a terminal; headings in bold on a colour terminal.
struct TextTable {
    var headings: [String]
    private(set) var rows: [[String]] = []
    /// Each cell's width in columns, counted as the row is added.
    private var rowCounts: [[Int]] = []

    init(_ headings: [String]) { self.headings = headings }

    mutating func add(_ row: [String]) {
        var cells = row, counts: [Int] = []
        counts.reserveCapacity(row.count)
        for index in cells.indices {
            // Printable ASCII, nearly every cell, is shown as it is and is as wide as its bytes:
            // one look at them, where the general path below takes three (callgrind, a
            // 1,000-meeting `meeting list`).
            if cells[index].isPrintableASCII {
                counts.append(cells[index].utf8.count)
                continue
            }
            // A value typed with an escape sequence or a direction override is shown, never obeyed.
            cells[index] = cells[index].replacingEvery("\n", with: " ").shownOnOneLine
            counts.append(Self.width(cells[index]))
        }
        rows.append(cells)
        rowCounts.append(counts)
    }

    /// A cell's width in terminal columns (`DisplayWidth`): 王小明 takes six, not three.
    static func width(_ cell: String) -> Int { DisplayWidth.of(cell) }

    func render(columns: Int? = Console.columns) -> String {
        var headings = headings, rows = rows, rowCounts = rowCounts
        var headingCounts = headings.map(Self.width)
        var widths = headingCounts
        for counts in rowCounts {
            for (index, count) in counts.enumerated() where index < widths.count { widths[index] = max(widths[index], count) }
        }
        // Narrower than the table: the widest columns give way, their cells cut with "…".
        if let columns, let fitted = Self.fitted(widths, into: columns), fitted != widths {
            widths = fitted
            func cut(_ cells: inout [String], _ counts: inout [Int]) {
                for index in cells.indices where index < widths.count && counts[index] > widths[index] {
                    cells[index] = DisplayWidth.fit(cells[index], widths[index])
                    counts[index] = Self.width(cells[index])
                }
            }
            cut(&headings, &headingCounts)
            for row in rows.indices { cut(&rows[row], &rowCounts[row]) }
        }
        // Lines go into one byte buffer: a thousand-row listing would otherwise make a string
        // per cell, and appending strings checks and grows the result at every cell.
        func append(_ cells: [String], _ counts: [Int], to bytes: inout [UInt8]) {
            for (index, cell) in cells.enumerated() {
                var cell = cell
                cell.withUTF8 { bytes.append(contentsOf: $0) }
                if index < cells.count - 1 {
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[index] - counts[index] + 2))
                }
            }
            // Empty cells at the end of a row leave no padding behind.
            while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        }
        var heading: [UInt8] = []
        append(headings, headingCounts, to: &heading)
        var body: [UInt8] = []
        body.reserveCapacity(rows.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for (cells, counts) in zip(rows, rowCounts) {
            body.append(UInt8(ascii: "\n"))
            append(cells, counts, to: &body)
        }
        return Console.bold(String(decoding: heading, as: UTF8.self)) + String(decoding: body, as: UTF8.self)
    }

    /// Column widths that fit `columns` with two spaces between columns, taking from the widest
    /// first and leaving none under 8; nil when even that does not fit.
    static func fitted(_ widths: [Int], into columns: Int) -> [Int]? {
        var widths = widths
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > columns {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { return nil }
            widths[widest] -= 1
        }
        return widths
    }
}
