import ArgumentParser
import BuyInKit

/// `buyin decision approved|declined|deferred|show`: the end of the journey, and its lessons.
struct DecisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decision", abstract: L.text("help.decision"),
                             subcommands: [Approved.self, Declined.self, Deferred.self, Show.self])
    }

    /// The details of a decision, as flags.
    struct Details: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.date"), valueName: L.text("value.date")))
        var date: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.reason"), valueName: L.text("value.text")))
        var reason: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.lessons"), valueName: L.text("value.text")))
        var lessons: String?
        @Option(name: .customLong("next-attempt"), help: ArgumentHelp(L.text("help.option.nextAttempt"), valueName: L.text("value.text")))
        var nextAttempt: String?
        @OptionGroup var global: GlobalOptions

        func record(_ outcome: DecisionOutcome, _ context: Context) throws {
            let day = try context.day(date) ?? context.today
            let store = try context.store()
            let campaign = try context.campaign(store)
            let decision = try store.recordDecision(Decision(campaignId: campaign.id!, outcome: outcome, day: day, reason: reason?.trimmed ?? "",
                                                             lessons: lessons?.trimmed ?? "", nextAttempt: nextAttempt?.trimmed ?? ""))
            Console.out(context.l.text("decision.recorded", campaign.title, decision.outcome.word(context.l), context.l.date(decision.day)))
        }
    }

    struct Approved: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "approved", abstract: L.text("help.decision.approved")) }
        @OptionGroup var details: Details
        var global: GlobalOptions { details.global }
        func run(_ context: Context) throws { try details.record(.approved, context) }
    }

    struct Declined: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "declined", abstract: L.text("help.decision.declined")) }
        @OptionGroup var details: Details
        var global: GlobalOptions { details.global }
        func run(_ context: Context) throws { try details.record(.declined, context) }
    }

    struct Deferred: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "deferred", abstract: L.text("help.decision.deferred")) }
        @OptionGroup var details: Details
        var global: GlobalOptions { details.global }
        func run(_ context: Context) throws { try details.record(.deferred, context) }
    }

    struct Show: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L.text("help.decision.show")) }
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let store = try context.store()
            let campaign = try context.campaign(store)
            let decisions = try store.decisions(of: campaign.id!)
            if json.json { return try Console.json(decisions) }
            let l = context.l
            guard let latest = decisions.latest else { return Console.out(l.text("decision.none")) }
            StatusReport.printDecision(latest, l)
            // Earlier decisions, latest first: a deferral's lessons stay in view after the yes.
            for earlier in decisions.earlier.reversed() {
                Console.out()
                Console.out(Console.dim(l.text("decision.earlier")))
                StatusReport.printDecision(earlier, l)
            }
        }
    }
}
