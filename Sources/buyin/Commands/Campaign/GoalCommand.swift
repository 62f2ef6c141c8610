import ArgumentParser
import BuyInKit

/// `buyin goal add|list`: the organisation goals and other departments' KPIs the idea moves.
struct GoalCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("goal", subcommands: [Add.self, GoalList.self, Edit.self, DeleteGoal.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("goal.add") }

        @Argument(help: ArgumentHelp(L.text("help.argument.goal"), valueName: L.text("value.text")))
        var text: String
        @OptionGroup var fields: GoalFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var goal = GoalEntry(text: text.trimmed)
            try fields.change(context)(&goal)
            let saved = try context.store().addGoal(goal, in: context.campaign)
            Console.out(context.l.text("goal.added", String(try saved.storedID()), saved.text))
        }
    }

    struct Edit: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("goal.edit") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @Option(name: .long, help: ArgumentHelp(L.text("help.argument.goal"), valueName: L.text("value.text")))
        var text: String?
        @OptionGroup var fields: GoalFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            guard text != nil || fields.isGiven else { throw BuyInError.nothingToChange(kind: .goal, id: id) }
            let details = try fields.change(context)
            let saved = try context.store().editGoal(id, in: context.campaign) { goal in
                goal.text = text ?? goal.text
                details(&goal.entry)
            }
            Console.out(context.l.text("goal.edited", String(try saved.storedID()), saved.text))
        }
    }
}

/// A goal's details as options (`add` and `edit` share them).
struct GoalFields: ParsableArguments {
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
    @Option(name: .customLong("review-on"), help: ArgumentHelp(L.text("help.option.reviewOn"), valueName: L.text("value.date")))
    var reviewOn: String?

    var isGiven: Bool { [department, kpi, baseline, target, unit, reviewOn].contains { $0 != nil } }

    /// Reads what was typed (a bad date is an error here, before anything is written) into a
    /// change that sets the fields given; the others stay as they are. An empty date clears it.
    func change(_ context: Context) throws -> (inout GoalEntry) -> Void {
        let review = try reviewOn.map { $0.trimmed.isEmpty ? nil : try context.dayAhead($0) }
        // Numbers by the rule every number follows, before anything is written.
        let language = context.l.language
        let baseline = try baseline.map { try NumberParser.normalizedIfNumber($0, language: language) }
        let target = try target.map { try NumberParser.normalizedIfNumber($0, language: language) }
        return { goal in
            apply(to: &goal, baseline: baseline, target: target)
            if reviewOn != nil { goal.reviewOn = review ?? nil }
        }
    }

    private func apply(to goal: inout GoalEntry, baseline: String?, target: String?) {
        if let department { goal.department = department.trimmed }
        if let kpi { goal.kpi = kpi.trimmed }
        if let baseline { goal.baseline = baseline }
        if let target { goal.target = target }
        if let unit { goal.unit = unit.trimmed }
    }
}

struct GoalList: ListingCommand {
    static let noun = "goal"
    @OptionGroup var options: ListingOptions

    func rows(_ context: Context) throws -> [ListedGoal] { try context.store().goals(in: context.campaign).map(ListedGoal.init) }
    static func columns(_ context: Context) -> [ListColumn<ListedGoal>] {
        [.number { $0.goal.id }, .init("column.goal") { $0.goal.text }, .init("column.department") { $0.goal.department },
         .init("column.kpi") { $0.goal.kpi }, .init("column.baselineTarget") { Alignment.range($0.goal, context.l) },
         .init("column.reviewOn") { $0.goal.reviewOn.map(context.l.date) ?? "" }]
    }
}

/// A goal as `goal list --json` and `--format csv` give it: its fields as typed, and beside
/// them the baseline and target as numbers when they are numbers (as the pre-read's JSON does).
struct ListedGoal: Encodable {
    let goal: Goal

    private enum Key: String, CodingKey { case baselineValue, targetValue }

    func encode(to encoder: any Encoder) throws {
        try goal.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(Double(goal.baseline.trimmed), forKey: .baselineValue)
        try container.encodeIfPresent(Double(goal.target.trimmed), forKey: .targetValue)
    }
}
