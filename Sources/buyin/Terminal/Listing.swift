import ArgumentParser
import BuyInKit

/// The body every listing shares: the rows as JSON with `--json` or as CSV with `--format csv`,
/// the "none yet" line when there are none, else a table with one line per row.
enum Listing {
    static func print<Row: Encodable>(_ rows: [Row], output: ListOutput, empty: String, headings: [String], row: (Row) -> [String]) throws {
        if try output.printsData(rows) { return }
        guard !rows.isEmpty else { return Console.out(empty) }
        var table = TextTable(headings)
        for item in rows { table.add(row(item)) }
        Console.out(table.render())
    }
}

/// How a list is printed: a table for people, `--json` or `--format csv` for other programs.
struct ListOutput: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.json")))
    var json = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.listFormat"), valueName: "table|csv"))
    var format = ListFormat.table

    /// Prints the rows as JSON or CSV when asked, and says whether it did.
    func printsData<Row: Encodable>(_ rows: [Row]) throws -> Bool {
        if json && format == .csv { throw BuyInError.conflictingOptions("--json", "--format csv") }
        if json { try Console.json(rows); return true }
        if format == .csv { Console.write(try CSVExport.document(rows)); return true }
        return false
    }

    /// Whether the list goes to another program rather than a person.
    var isData: Bool { json || format == .csv }
}

enum ListFormat: String, ExpressibleByArgument {
    case table, csv
    init?(argument: String) { self.init(rawValue: argument.trimmed.lowercased()) }
    /// The value name lists them, in every language.
    static var allValueStrings: [String] { [] }
}
