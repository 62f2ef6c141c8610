import ArgumentParser
import BuyInKit

/// `buyin option add|list|edit|delete`: the ways leadership could decide, one of them recommended.
struct OptionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        // Its words are `help.decisionOption.*`: `help.option.*` is the help of the command line's options.
        CommandConfiguration(commandName: "option", abstract: L.text("help.decisionOption"),
                             subcommands: [Add.self, OptionList.self, Edit.self, DeleteOption.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("decisionOption.add") }
        @Argument(help: ArgumentHelp(L.text("help.argument.option"), valueName: L.text("value.text")))
        var text: String
        @OptionGroup var fields: OptionFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var option = OptionEntry(text: text)
            try fields.change(context)(&option)
            let saved = try context.store().addOption(option, in: context.campaign)
            Console.out(context.l.text("option.added", String(try saved.storedID()), saved.text))
        }
    }

    struct Edit: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("decisionOption.edit") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @Option(name: .long, help: ArgumentHelp(L.text("help.argument.option"), valueName: L.text("value.text")))
        var text: String?
        @OptionGroup var fields: OptionFields
        @Flag(name: .customLong("not-recommended"), help: ArgumentHelp(L.text("help.option.notRecommended")))
        var notRecommended = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            guard text != nil || fields.isGiven || notRecommended else { throw BuyInError.nothingToChange(kind: .decisionOption, id: id) }
            if notRecommended && fields.recommended { throw BuyInError.conflictingOptions("--recommended", "--not-recommended") }
            // Everything typed is read before the transaction: a bad number changes nothing.
            let details = try fields.change(context)
            let saved = try context.store().editOption(id, in: context.campaign) { option in
                option.text = text ?? option.text
                details(&option.entry)
                if notRecommended { option.isRecommended = false }
            }
            Console.out(context.l.text("option.edited", String(try saved.storedID()), saved.text))
        }
    }
}

/// An option's details as options of the command line (`add` and `edit` share them).
struct OptionFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.cost"), valueName: L.text("value.value")))
    var cost: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.unit"), valueName: L.text("value.text")))
    var unit: String?
    @Option(name: .customLong("return"), help: ArgumentHelp(L.text("help.option.expectedReturn"), valueName: L.text("value.text")))
    var expectedReturn: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.pros"), valueName: L.text("value.text")))
    var pros: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.cons"), valueName: L.text("value.text")))
    var cons: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.recommended")))
    var recommended = false

    var isGiven: Bool { [cost, unit, expectedReturn, pros, cons].contains { $0 != nil } || recommended }

    /// Reads what was typed (a cost that is not a number is an error here, before anything is
    /// written) into a change that sets the fields given and leaves the others.
    func change(_ context: Context) throws -> (inout OptionEntry) -> Void {
        // "€20k", "1,5 M€", or "50" with --unit k€: the figure in full and its currency's code.
        let amount = try cost.flatMap { $0.trimmed.isEmpty ? nil : try Amount.reading($0, unit: unit, language: context.l.language, asMoney: true) }
        return { [cost, unit, expectedReturn, pros, cons, recommended] option in
            if cost != nil { option.cost = amount?.value }
            if let stored = amount?.unit ?? unit?.trimmed { option.costUnit = stored }
            if let expectedReturn { option.expectedReturn = expectedReturn.trimmed }
            if let pros { option.pros = pros.trimmed }
            if let cons { option.cons = cons.trimmed }
            if recommended { option.isRecommended = true }
        }
    }
}

struct OptionList: ListingCommand {
    static let noun = "decisionOption"
    @OptionGroup var options: ListingOptions

    func rows(_ context: Context) throws -> [DecisionOption] { try context.store().options(in: context.campaign) }
    static func columns(_ context: Context) -> [ListColumn<DecisionOption>] {
        let l = context.l
        return [.number { $0.id }, .init("column.option") { $0.text + ($0.isRecommended ? " ★" : "") },
                .init("column.cost") { option in option.cost.map { MetricText.value($0, unit: option.costUnit, l) } ?? "" },
                .init("column.expectedReturn") { $0.expectedReturn }, .init("column.pros") { $0.pros }, .init("column.cons") { $0.cons }]
    }
}
