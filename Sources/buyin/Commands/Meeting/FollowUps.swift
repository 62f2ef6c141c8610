import ArgumentParser
import BuyInKit

/// `buyin followups [list]` and `buyin followups done ID`: next steps not yet done, overdue first.
struct FollowUps: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "followups", abstract: L.text("help.followups"),
                             subcommands: [List.self, Done.self], defaultSubcommand: List.self)
    }

    struct List: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L.text("help.followups.list")) }
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let followUps = try context.store().openFollowUps(in: context.campaign)
            let overdue = followUps.filter { $0.isOverdue(today: context.today) }
            let ordered = overdue + followUps.filter { !$0.isOverdue(today: context.today) }
            let l = context.l
            try Listing.print(ordered, json: json.json, empty: l.text("followups.none"),
                              headings: ["#", l.text("column.due"), l.text("column.name"), l.text("column.nextStep")]) { followUp in
                let due = followUp.due.map(l.date) ?? "—"
                return [String(followUp.id), followUp.isOverdue(today: context.today) ? l.text("followups.overdue", due) : due,
                        followUp.stakeholder ?? "", followUp.text]
            }
        }
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
