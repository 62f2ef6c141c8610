import ArgumentParser
import BuyInKit

/// `buyin goal add|list`: the organisation goals and other departments' KPIs the idea moves.
struct GoalCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("goal", subcommands: [Add.self, GoalList.self, DeleteGoal.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("goal.add") }

        @Argument(help: ArgumentHelp(L.text("help.argument.goal"), valueName: L.text("value.text")))
        var text: String
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.department"), valueName: L.text("value.text")))
        var department: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.kpi"), valueName: L.text("value.text")))
        var kpi: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.baseline"), valueName: L.text("value.value")))
        var baseline: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.target"), valueName: L.text("value.value")))
        var target: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.unit"), valueName: L.text("value.text")))
        var unit: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let goal = Goal(campaignId: 0, text: text.trimmed, department: department?.trimmed ?? "", kpi: kpi?.trimmed ?? "",
                            baseline: baseline?.trimmed ?? "", target: target?.trimmed ?? "", unit: unit?.trimmed ?? "")
            let saved = try context.store().addGoal(goal, in: context.campaign)
            Console.out(context.l.text("goal.added", String(saved.id!), saved.text))
        }
    }
}

struct GoalList: ListingCommand {
    static let noun = "goal"
    @OptionGroup var options: ListingOptions

    func rows(_ context: Context) throws -> [Goal] { try context.store().goals(in: context.campaign) }
    static func columns(_ context: Context) -> [ListColumn<Goal>] {
        [.number { $0.id }, .init("column.goal") { $0.text }, .init("column.department") { $0.department }, .init("column.kpi") { $0.kpi },
         .init("column.baselineTarget") { Alignment.range($0, context.l) }]
    }
}
