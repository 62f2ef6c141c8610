import ArgumentParser
import BuyInKit

/// `buyin followups [list]` and `buyin followups done ID`: next steps not yet done, overdue first.
struct FollowUps: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("followups",
                             subcommands: [FollowUpList.self, Done.self], defaultSubcommand: FollowUpList.self)
    }

    struct Done: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("followups.done") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let followUp = try context.store().completeFollowUp(id, in: context.campaign, today: context.today)
            Console.out(context.l.text("followups.done", String(try followUp.storedID()), followUp.text))
        }
    }
}

struct FollowUpList: ListingCommand {
    static let noun = "followups"
    static var configuration: CommandConfiguration { .buyin("followups.list", discussion: true) }
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.overdue")))
    var overdue = false
    @OptionGroup var options: ListingOptions

    /// The steps, then who has gone quiet: between meetings is when a next step is owed.
    func run(_ context: Context) throws {
        try printListing(context)
        guard !options.output.isData else { return }
        let quiet = try context.store().goneQuiet(in: context.campaign, today: context.today)
        if !quiet.isEmpty { Console.out() }
        for person in quiet { Console.out(Console.yellow("! ") + StatusReport.quiet(person, context.l)) }
    }

    /// With `--overdue` and none late, how many are waiting all the same.
    func emptyLine(_ context: Context) throws -> String {
        guard overdue else { return context.l.text("followups.none") }
        let waiting = try context.store().openFollowUps(in: context.campaign).count
        return waiting == 0 ? context.l.text("followups.none") : context.l.plural("followups.noneOverdue", count: waiting)
    }

    /// Overdue first, then by due date.
    func rows(_ context: Context) throws -> [FollowUpView] {
        let followUps = try context.store().openFollowUps(in: context.campaign)
        let late = followUps.filter { $0.isOverdue(today: context.today) }
        return overdue ? late : late + followUps.filter { !$0.isOverdue(today: context.today) }
    }
    static func columns(_ context: Context) -> [ListColumn<FollowUpView>] {
        let l = context.l
        return [.number { $0.id }, .init("column.due") { followUp in
                    let due = followUp.due.map(l.date) ?? "—"
                    return followUp.isOverdue(today: context.today) ? l.text("followups.overdue", due) : due
                },
                .init("column.name") { $0.stakeholder ?? "" }, .init("column.nextStep") { $0.text }]
    }
}
