import ArgumentParser
import BuyInKit

/// Who influences whom, as two names: `link` and `unlink` share them.
struct InfluenceNames: ParsableArguments {
    @Argument(help: ArgumentHelp(L.text("help.argument.influencer"), valueName: L.text("value.name")))
    var influencer: String
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.influences"), valueName: L.text("value.name")))
    var influences: String
}

/// `buyin stakeholder link A --influences B`.
struct StakeholderLink: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.link") }
    @OptionGroup var names: InfluenceNames
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let (from, to) = try context.store(creating: true).addInfluence(names.influencer, influences: names.influences)
        Console.out(context.l.text("influence.linked", from.name, to.name))
    }
}

/// `buyin stakeholder unlink A --influences B`.
struct StakeholderUnlink: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.unlink") }
    @OptionGroup var names: InfluenceNames
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let (from, to) = try context.store().removeInfluence(names.influencer, influences: names.influences)
        Console.out(context.l.text("influence.unlinked", from.name, to.name))
    }
}

/// `buyin stakeholder path [NAME]`: whom to ask, in order, to reach someone.
struct StakeholderPath: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.path", discussion: true) }
    @Argument(help: ArgumentHelp(L.text("help.argument.pathTarget"), valueName: L.text("value.name")))
    var name: String?
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let path = try context.store().influencePath(to: name, in: context.campaign)
        if json.json { return try Console.json(path) }
        let l = context.l
        let target = path.isDecisionOwner ? l.text("path.decisionOwnerMark", path.target.name) : path.target.name
        if path.targetSupports { return Console.out(l.text("path.alreadySupports", target)) }
        guard !path.steps.isEmpty else {
            Console.out(l.text("path.none", target))
            let openers = path.openers.map { Self.describe($0, l) }
            Console.out(openers.isEmpty ? l.text("path.noOpeners", path.target.name) : l.text("path.openers", Announcement.list(openers, l)))
            return
        }
        Console.out(l.text("path.heading", target))
        for (index, person) in path.steps.enumerated() {
            Console.out("  " + l.text("path.step", l.number(index + 1), person.name, Self.describe(stanceOf: person, l)))
        }
    }

    /// "Margaret Lindqvist (neutral)": a name with what is known of them.
    static func describe(_ person: InfluencePath.Person, _ l: Localizer) -> String {
        "\(person.name) (\(describe(stanceOf: person, l)))"
    }

    static func describe(stanceOf person: InfluencePath.Person, _ l: Localizer) -> String {
        let stance = person.stance?.word(l) ?? l.text("path.stanceUnknown")
        return person.met ? stance : l.text("path.notMet", stance)
    }
}
