import ArgumentParser
import BuyInKit

/// The body every listing shares: the rows as JSON with `--json` or as CSV with `--format csv`,
/// the "none yet" line when there are none, else a table with one line per row.
enum Listing {
    static func print<Row: Encodable>(_ rows: [Row], output: ListOutput, empty: @autoclosure () throws -> String, headings: [String],
                                      row: (Row) -> [String]) throws {
        if try output.printsData(rows) { return }
        guard !rows.isEmpty else { return Console.out(try empty()) }
        var table = TextTable(headings)
        for item in rows { table.add(row(item)) }
        table.print()
        KeptUntilExit.keep((rows, table))
    }
}

extension Listing {
    /// What an empty listing says. With no filter: none yet (`<noun>.none`). When filters found
    /// nothing among records that exist: that they exist, and how many (`<noun>.noMatch`), so
    /// nobody reads "no objections recorded" about a campaign that has some.
    static func emptyLine(_ l: Localizer, noun: String, filtered: Bool, total: () throws -> Int) rethrows -> String {
        guard filtered else { return l.text("\(noun).none") }
        let count = try total()
        return count == 0 ? l.text("\(noun).none") : l.plural("\(noun).noMatch", count: count)
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
