import ArgumentParser
import BuyInKit

/// `buyin decision approved|declined|deferred|show`: the end of the journey, and its lessons.
struct DecisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("decision",
                             subcommands: [Approve.self, Decline.self, Defer.self, Show.self])
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
        static var configuration: CommandConfiguration { .buyin("decision.show") }
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

/// `buyin decision approved|declined|deferred`: one implementation; each command names its outcome.
protocol DecideCommand: BuyInCommand {
    static var outcome: DecisionOutcome { get }
    var details: DecisionCommand.Details { get }
}

extension DecideCommand {
    static var configuration: CommandConfiguration {
        .buyin("decision.\(outcome.rawValue)")
    }
    var global: GlobalOptions { details.global }
    func run(_ context: Context) throws { try details.record(Self.outcome, context) }
}

struct Approve: DecideCommand {
    static let outcome = DecisionOutcome.approved
    @OptionGroup var details: DecisionCommand.Details
}

struct Decline: DecideCommand {
    static let outcome = DecisionOutcome.declined
    @OptionGroup var details: DecisionCommand.Details
}

struct Defer: DecideCommand {
    static let outcome = DecisionOutcome.deferred
    @OptionGroup var details: DecisionCommand.Details
}
