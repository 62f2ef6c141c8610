import ArgumentParser
import BuyInKit

/// `buyin prep NAME`: the page to read before a 1:1 with that person.
struct Prep: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("prep", discussion: true) }
    @Argument(help: ArgumentHelp(L.text("help.argument.stakeholder"), valueName: L.text("value.name")))
    var name: String
    @Flag(name: .customLong("private"), help: ArgumentHelp(L.text("help.option.prepPrivate")))
    var includePrivate = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.prepFormat"), valueName: "text|markdown|html"))
    var format = PrepFormat.text
    @Option(name: [.short, .long], help: ArgumentHelp(L.text("help.option.output"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let sheet = try context.store().prepSheet(for: name, in: context.campaign, today: context.today, includePrivate: includePrivate)
        if json.json { return try Console.json(sheet) }
        try DocumentDelivery.deliver(try PrepRenderer.render(sheet, format: format, context.l), to: output, force: force,
                                     writtenKey: "prep.written", context)
    }
}

extension PrepFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    /// The value name already lists them, in every language.
    public static var allValueStrings: [String] { [] }
}
