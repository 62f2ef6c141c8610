import ArgumentParser
import BuyInKit

/// `buyin followups [list]` and `buyin followups done ID`: next steps not yet done, overdue first.
struct FollowUps: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "followups", abstract: L.text("help.followups"),
                             subcommands: [FollowUpList.self, Done.self], defaultSubcommand: FollowUpList.self)
    }

    struct Done: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "done", abstract: L.text("help.followups.done")) }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let followUp = try context.store().completeFollowUp(id, in: context.campaign, today: context.today)
            Console.out(context.l.text("followups.done", String(followUp.id!), followUp.text))
        }
    }
}

struct FollowUpList: ListingCommand {
    static let noun = "followups"
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    /// Overdue first, then by due date.
    static func rows(_ context: Context) throws -> [FollowUpView] {
        let followUps = try context.store().openFollowUps(in: context.campaign)
        return followUps.filter { $0.isOverdue(today: context.today) } + followUps.filter { !$0.isOverdue(today: context.today) }
    }
    static func headings(_ l: Localizer) -> [String] {
        [l.text("column.number"), l.text("column.due"), l.text("column.name"), l.text("column.nextStep")]
    }
    static func cells(_ followUp: FollowUpView, _ context: Context) -> [String] {
        let due = followUp.due.map(context.l.date) ?? "—"
        return [String(followUp.id), followUp.isOverdue(today: context.today) ? context.l.text("followups.overdue", due) : due,
                followUp.stakeholder ?? "", followUp.text]
    }
}
