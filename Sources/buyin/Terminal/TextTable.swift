import BuyInKit

/// Columns aligned for reading in a terminal; headings in bold on a colour terminal.
struct TextTable {
    var headings: [String]
    /// The cells row after row, and each cell's width in columns, counted as the row is added.
    /// (One array of all the cells, not an array per row: a thousand-row listing made and freed
    /// two thousand arrays.)
    private var cells: [String] = []
    private var counts: [Int] = []

    init(_ headings: [String]) { self.headings = headings }

    /// A row: a cell under each heading (one left out is empty).
    mutating func add(_ row: [String]) {
        for index in headings.indices {
            // A value typed with an escape sequence or a direction override is shown, never obeyed.
            let (shown, width) = DisplayWidth.cell(index < row.count ? row[index] : "")
            cells.append(shown)
            counts.append(width)
        }
    }

    /// A cell's width in terminal columns (`DisplayWidth`): 王小明 takes six, not three.
    static func width(_ cell: String) -> Int { DisplayWidth.of(cell) }

    /// Prints the table on standard output: the headings (in bold on a colour terminal), then a
    /// line a row, the rows' bytes written as they are built (no string of the whole table).
    func print(columns: Int? = Console.columns) {
        let (heading, body) = lines(columns: columns)
        Console.out(Console.bold(String(decoding: heading, as: UTF8.self)))
        body.withUnsafeBufferPointer { Console.write(utf8: $0) }
    }

    /// The heading line, and the rows' lines each ending in a line break, as UTF-8.
    private func lines(columns: Int?) -> (heading: [UInt8], body: [UInt8]) {
        var headings = headings, cells = cells, counts = counts
        var headingCounts = headings.map(Self.width)
        let columnCount = headings.count
        var widths = headingCounts
        for (index, count) in counts.enumerated() { widths[index % columnCount] = max(widths[index % columnCount], count) }
        // Narrower than the table: the widest columns give way, their cells cut with "…".
        if let columns, let fitted = Self.fitted(widths, into: columns), fitted != widths {
            widths = fitted
            func cut(_ cells: inout [String], _ counts: inout [Int]) {
                for index in cells.indices where counts[index] > widths[index % columnCount] {
                    cells[index] = DisplayWidth.fit(cells[index], widths[index % columnCount])
                    counts[index] = Self.width(cells[index])
                }
            }
            cut(&headings, &headingCounts)
            cut(&cells, &counts)
        }
        // Lines go into one byte buffer: a thousand-row listing would otherwise make a string
        // per cell, and appending strings checks and grows the result at every cell.
        func append(_ cells: ArraySlice<String>, _ counts: ArraySlice<Int>, to bytes: inout [UInt8]) {
            for (column, (cell, count)) in zip(cells, counts).enumerated() {
                var cell = cell
                cell.withUTF8 { bytes.append(contentsOf: $0) }
                if column < columnCount - 1 {
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[column] - count + 2))
                }
            }
            // Empty cells at the end of a row leave no padding behind.
            while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        }
        var heading: [UInt8] = []
        append(headings[...], headingCounts[...], to: &heading)
        var body: [UInt8] = []
        body.reserveCapacity(cells.count / max(1, columnCount) * (widths.reduce(0, +) + 2 * widths.count + 1))
        for start in stride(from: 0, to: cells.count, by: columnCount) {
            append(cells[start..<start + columnCount], counts[start..<start + columnCount], to: &body)
            body.append(UInt8(ascii: "\n"))
        }
        return (heading, body)
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
