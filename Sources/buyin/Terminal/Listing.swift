import BuyInKit

/// The body every listing shares: the rows as JSON with `--json`, the "none yet" line when there
/// are none, else a table with one line per row.
enum Listing {
    static func print<Row: Encodable>(_ rows: [Row], json: Bool, empty: String, headings: [String], row: (Row) -> [String]) throws {
        if json { return try Console.json(rows) }
        guard !rows.isEmpty else { return Console.out(empty) }
        var table = TextTable(headings)
        for item in rows { table.add(row(item)) }
        Console.out(table.render())
    }
}
