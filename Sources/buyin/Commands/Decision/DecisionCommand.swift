import ArgumentParser
import BuyInKit

/// `buyin decision approved|declined|deferred|show`: the end of the journey, and its lessons.
struct DecisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decision", abstract: L.text("help.decision"),
                             subcommands: [Decide<Approved>.self, Decide<Declined>.self, Decide<Deferred>.self, Show.self])
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
            var entry = DecisionEntry(outcome: outcome, day: day)
            entry.reason = reason ?? ""
            entry.lessons = lessons ?? ""
            entry.nextAttempt = nextAttempt ?? ""
            let (campaign, decision) = try context.store().recordDecision(entry, in: context.campaign)
            Console.out(context.l.text("decision.recorded", campaign.title, decision.outcome.word(context.l), context.l.date(decision.day)))
        }
    }

    struct Show: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L.text("help.decision.show")) }
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let decisions = try context.store().decisions(in: context.campaign).history
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

/// The outcome a `decision` subcommand records.
protocol DecisionOutcomeKind { static var outcome: DecisionOutcome { get } }
enum Approved: DecisionOutcomeKind { static let outcome = DecisionOutcome.approved }
enum Declined: DecisionOutcomeKind { static let outcome = DecisionOutcome.declined }
enum Deferred: DecisionOutcomeKind { static let outcome = DecisionOutcome.deferred }

/// `buyin decision approved|declined|deferred`: one command, made specific by its outcome.
struct Decide<Outcome: DecisionOutcomeKind>: BuyInCommand {
    static var configuration: CommandConfiguration {
        let name = Outcome.outcome.rawValue
        return CommandConfiguration(commandName: name, abstract: L.text("help.decision.\(name)"))
    }
    @OptionGroup var details: DecisionCommand.Details
    var global: GlobalOptions { details.global }
    func run(_ context: Context) throws { try details.record(Outcome.outcome, context) }
}
