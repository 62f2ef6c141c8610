import ArgumentParser
import BuyInKit

/// `buyin stakeholder map`: the power/interest grid of the campaign, in the terminal.
struct StakeholderMap: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.map") }
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    struct Placed: Encodable {
        var name: String
        var influence, interest: Int
        var quadrant: String
        var firstStance, currentStance: Stance?
    }

    func run(_ context: Context) throws {
        let people = try context.store().mappedStakeholders(in: context.campaign)
        if json.json {
            return try Console.json(people.map {
                Placed(name: $0.name, influence: $0.influence, interest: $0.interest,
                       quadrant: StakeholderGrid.quadrant(influence: $0.influence, interest: $0.interest),
                       firstStance: $0.meetingCount > 0 ? $0.firstStance : nil, currentStance: $0.currentStance)
            })
        }
        guard !people.isEmpty else { return Console.out(context.l.text("stakeholder.none")) }
        let lines = StakeholderGrid.lines(people, context.l, columns: Console.columns) { text, stance in
            guard let score = stance?.score else { return text }
            return score > 0 ? Console.green(text) : score < 0 ? Console.yellow(text) : text
        }
        Console.out(lines.joined(separator: "\n"))
        Console.out(Console.dim(Console.wrapped(context.l.text("map.legend"))))
    }
}
