import ArgumentParser
import BuyInKit

/// `buyin metric add|list`: the numbers leadership wants.
struct MetricCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("metric", subcommands: [Add.self, MetricList.self, Edit.self, DeleteMetric.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("metric.add") }
        @Argument(help: ArgumentHelp(L.text("help.argument.label"), valueName: L.text("value.text")))
        var label: String
        @Argument(help: ArgumentHelp(L.text("help.argument.value"), valueName: L.text("value.value")))
        var value: String
        @OptionGroup var fields: MetricFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var metric = MetricEntry(label: label, value: 0, day: context.today)
            try fields.change(context, value: value)(&metric)
            let saved = try context.store().addMetric(metric, in: context.campaign)
            Console.out(context.l.text("metric.added", String(try saved.storedID()), saved.label, MetricText.value(saved, context.l)))
        }
    }

    struct Edit: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("metric.edit") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @Option(name: .long, help: ArgumentHelp(L.text("help.argument.label"), valueName: L.text("value.text")))
        var label: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.argument.value"), valueName: L.text("value.value")))
        var value: String?
        @OptionGroup var fields: MetricFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            guard label != nil || value != nil || fields.isGiven else { throw BuyInError.nothingToChange(kind: .metric, id: id) }
            // Everything typed is read before the transaction: a bad number or date changes nothing.
            let details = try fields.change(context, value: value)
            let saved = try context.store().editMetric(id, in: context.campaign) { metric in
                metric.label = label ?? metric.label
                details(&metric.entry)
            }
            Console.out(context.l.text("metric.edited", String(try saved.storedID()), saved.label, MetricText.value(saved, context.l)))
        }
    }
}

/// A metric's details as options (`add` and `edit` share them).
struct MetricFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.unit"), valueName: L.text("value.text")))
    var unit: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.source"), valueName: L.text("value.text")))
    var source: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.date"), valueName: L.text("value.date")))
    var date: String?

    var isGiven: Bool { [unit, source, date].contains { $0 != nil } }

    /// Reads what was typed (a bad number or date is an error here, before anything is written)
    /// into a change that sets the fields given and leaves the others. A value may be an amount
    /// ("€142k"), and a unit a currency with its magnitude (`--unit k€`): the figure is then
    /// stored in full, in that currency.
    func change(_ context: Context, value: String?) throws -> (inout MetricEntry) -> Void {
        let day = try context.day(date)
        let figure = try value.map { try Amount.reading($0, unit: unit, language: context.l.language, asMoney: false) }
        let money = figure == nil ? unit.flatMap(Amount.moneyUnit) : nil
        return { [unit, source] metric in
            if let figure {
                metric.value = figure.value
                if let stored = figure.unit { metric.unit = stored }
            } else if let money {
                // `--unit k€` alone on a figure recorded bare: the same figure, now in euros in full.
                metric.value = (metric.value * money.factor * 100).rounded() / 100
                metric.unit = money.currency.code
            } else if let unit { metric.unit = unit.trimmed }
            if let source { metric.source = source.trimmed }
            if let day { metric.day = day }
        }
    }
}

struct MetricList: ListingCommand {
    static let noun = "metric"
    @OptionGroup var options: ListingOptions

    func rows(_ context: Context) throws -> [Metric] { try context.store().metrics(in: context.campaign) }
    static func columns(_ context: Context) -> [ListColumn<Metric>] {
        let l = context.l
        return [.number { $0.id }, .init("column.metric") { $0.label }, .init("column.value") { MetricText.value($0, l) },
                .init("column.source") { $0.source }, .init("column.date") { $0.day.map(l.date) ?? "" }]
    }
}
