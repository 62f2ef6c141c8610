import ArgumentParser
import BuyInKit

/// `buyin metric add|list`: the numbers leadership wants.
struct MetricCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("metric", subcommands: [Add.self, MetricList.self, DeleteMetric.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("metric.add") }
        @Argument(help: ArgumentHelp(L.text("help.argument.label"), valueName: L.text("value.text")))
        var label: String
        @Argument(help: ArgumentHelp(L.text("help.argument.value"), valueName: L.text("value.value")))
        var value: String
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.unit"), valueName: L.text("value.text")))
        var unit: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.source"), valueName: L.text("value.text")))
        var source: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.date"), valueName: L.text("value.date")))
        var date: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let number = try NumberParser.parse(value, language: context.l.language)
            let metric = Metric(campaignId: 0, label: label, value: number, unit: unit?.trimmed ?? "", source: source?.trimmed ?? "",
                                day: try context.day(date) ?? context.today)
            let saved = try context.store().addMetric(metric, in: context.campaign)
            Console.out(context.l.text("metric.added", String(saved.id!), saved.label, MetricText.value(saved, context.l)))
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
