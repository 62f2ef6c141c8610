import ArgumentParser
import BuyInKit

/// A plain `list` subcommand (`goal|win|metric|campaign|followups list`): it names what it lists
/// and its columns, and this extension does the rest. Each is a concrete type rather than one
/// generic command: the runtime checks a generic's constraints on every start-up, which cost
/// more than the command's own work (callgrind: `swift_conformsToProtocol` under
/// `createBoundGenericType`).
protocol ListingCommand: BuyInCommand {
    associatedtype Row: Encodable
    /// The noun whose list this is; its words are `help.<noun>.list` and `<noun>.none`.
    static var noun: String { get }
    var options: ListingOptions { get }
    func rows(_ context: Context) throws -> [Row]
    /// Each column's heading key beside what it shows of a row, so the two cannot drift apart.
    static func columns(_ context: Context) -> [ListColumn<Row>]
    /// What it says when it lists nothing; by default, none yet.
    func emptyLine(_ context: Context) throws -> String
}

extension ListingCommand {
    static var configuration: CommandConfiguration {
        .buyin("\(noun).list")
    }

    var global: GlobalOptions { options.global }

    func run(_ context: Context) throws { try printListing(context) }

    func emptyLine(_ context: Context) throws -> String { context.l.text("\(Self.noun).none") }

    func printListing(_ context: Context) throws {
        let l = context.l
        let columns = Self.columns(context)
        try Listing.print(rows(context), output: options.output, empty: try emptyLine(context),
                          headings: columns.map { l.text($0.heading) }) { row in columns.map { $0.cell(row) } }
    }
}

/// One column of a listing: the key of its heading and what it shows of a row.
struct ListColumn<Row> {
    let heading: String
    let cell: (Row) -> String

    init(_ heading: String, _ cell: @escaping (Row) -> String) {
        self.heading = heading
        self.cell = cell
    }

    /// The record's number, first in every listing.
    static func number(_ id: @escaping (Row) -> Int64?) -> ListColumn {
        ListColumn("column.number") { id($0).map(String.init) ?? "" }
    }
}

/// What every listing takes: `--json`, `--format csv` and the global options.
struct ListingOptions: ParsableArguments {
    @OptionGroup var output: ListOutput
    @OptionGroup var global: GlobalOptions
}

/// What a command on one record takes: its number and the global options.
struct RecordOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
    var id: Int64
    @OptionGroup var global: GlobalOptions
}
