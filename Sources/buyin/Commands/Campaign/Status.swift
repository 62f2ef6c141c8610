import ArgumentParser
import BuyInKit

/// `buyin status`: where the campaign stands in the journey, and the next step.
struct Status: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("status", discussion: true) }
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let store = try context.store()
        let status = try store.journey(of: context.campaign, today: context.today, context.l)
        if json.json { return try Console.json(status) }
        StatusReport.print(status, context.l)
    }
}

/// How `status` and the commands that end with a next step print the journey.
enum StatusReport {
    static func print(_ status: JourneyStatus, _ l: Localizer) {
        Console.out(Console.bold(status.title) + Console.dim(" (\(status.slug))"))
        Console.out()
        for stage in JourneyStage.allCases {
            let marker = status.completed.contains(stage) ? Console.green("✓") : stage == status.stage ? Console.yellow("→")
                : status.passed.contains(stage) ? "–" : "·"
            Console.out("  \(marker) \(l.text("stage.\(stage.rawValue)"))")
        }
        Console.out(Console.dim("  " + l.text("status.legend")))
        Console.out()
        printFigures(status, l)
        for warning in status.decisionWarnings ?? [] { Console.out(Console.yellow("! ") + message(warning, l)) }
        for person in status.goneQuiet ?? [] { Console.out(Console.yellow("! ") + quiet(person, l)) }
        if let decision = status.decision {
            Console.out()
            printDecision(decision, l)
        }
        if let earlier = status.earlierAttempt {
            Console.out()
            Console.out(Console.bold(l.text("status.earlierAttempt", earlier.title, earlier.slug)))
            if let decision = earlier.decision { printDecision(decision, l) }
        }
        printNext(status.nextStep, l)
    }

    static func message(_ warning: DecisionWarning, _ l: Localizer) -> String {
        let name = warning.name ?? ""
        switch warning.kind {
        case .noApprover: return l.text("status.noApprover")
        case .vetoNotMet: return l.text("status.vetoNotMet", name)
        case .vetoOpposed: return l.text("status.vetoOpposed", name, warning.stance?.word(l) ?? "")
        }
    }

    /// "Margaret Lindqvist (influence 5) has not had a 1:1 for 23 days (since November 2, 2026)."
    static func quiet(_ person: QuietPerson, _ l: Localizer) -> String {
        guard let lastMet = person.lastMet, let days = person.daysSince else {
            return l.text("quiet.neverMet", person.name, String(person.influence))
        }
        return l.text("quiet.notMetFor", person.name, String(person.influence), l.number(days), l.date(lastMet))
    }

    /// The outcome, its reasons, and the lessons for the next attempt.
    static func printDecision(_ decision: Decision, _ l: Localizer) {
        Console.out(Console.bold(l.text("status.decision", decision.outcome.word(l), l.date(decision.day))))
        if !decision.reason.isEmpty { Console.out(l.text("status.reason", decision.reason)) }
        if !decision.lessons.isEmpty { Console.out(l.text("status.lessons", decision.lessons)) }
        if !decision.nextAttempt.isEmpty { Console.out(l.text("status.nextAttempt", decision.nextAttempt)) }
    }

    static func printFigures(_ status: JourneyStatus, _ l: Localizer) {
        Console.out(l.plural("status.goals", count: status.goals))
        Console.out(l.text("status.met", l.number(status.met), l.number(status.mapped)) + " · " + l.plural("status.meetings", count: status.meetings))
        if status.met > 0 {
            Console.out(l.text("status.movement", l.number(status.movedUp), l.number(status.movedDown),
                               l.number(status.supportive), l.number(status.skeptical)))
        }
        Console.out(l.plural("status.openObjections", count: status.openObjections, l.number(status.objections)))
        Console.out(l.plural("status.wins", count: status.wins))
        if status.openFollowUps > 0 {
            Console.out(l.plural("status.followUps", count: status.openFollowUps, l.number(status.overdueFollowUps)))
        }
        if let decideBy = status.decideBy, status.decision == nil {
            Console.out(l.text("status.decideBy", l.date(decideBy)))
        }
    }

    static func printNext(_ next: NextStep?, _ l: Localizer) {
        guard let next else { return }
        Console.out()
        Console.out(Console.bold(l.text("status.next")) + " " + l.text(next.key, arguments: next.arguments))
        if let command = next.command { Console.out("  " + command) }
    }

    /// After a command that moves the journey on: one line naming the next step.
    static func printNextStep(_ store: any RecordStore, slug: String, _ context: Context) throws {
        let status = try store.journey(of: .named(slug), today: context.today, context.l)
        printNext(status.nextStep, context.l)
    }
}
