import ArgumentParser
import BuyInKit

/// A plain `list` subcommand (`goal|win|metric|campaign|followups list`): it names what it lists,
/// and this extension does the rest. Each is a concrete type rather than one generic command:
/// the runtime checks a generic's constraints on every start-up, which cost more than the
/// command's own work (callgrind: `swift_conformsToProtocol` under `createBoundGenericType`).
protocol ListingCommand: BuyInCommand {
    associatedtype Row: Encodable
    /// The noun whose list this is; its words are `help.<noun>.list` and `<noun>.none`.
    static var noun: String { get }
    var json: JSONOption { get }
    static func rows(_ context: Context) throws -> [Row]
    static func headings(_ l: Localizer) -> [String]
    static func cells(_ row: Row, _ context: Context) -> [String]
}

extension ListingCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.text("help.\(noun).list"))
    }

    func run(_ context: Context) throws {
        let l = context.l
        try Listing.print(Self.rows(context), json: json.json, empty: l.text("\(Self.noun).none"),
                          headings: Self.headings(l)) { Self.cells($0, context) }
    }
}

/// The id a command acts on.
struct RecordID: ParsableArguments {
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
    var id: Int64
}
