import ArgumentParser
import BuyInKit

/// `buyin why`: shows the golden circle; with flags or `--edit`, changes it.
struct Why: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("why", discussion: true)
    }

    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.edit")))
    var edit = false

    @OptionGroup var circle: CircleOptions
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let change = try circle.change(today: context.today, language: context.l.language)
        let store = try context.store()
        let before = try store.campaign(context.campaign)
        var campaign = before
        if edit {
            guard let edited = try CircleInput.edit(context, campaign: campaign) else {
                Console.out(context.l.text("why.cancelled"))
                return
            }
            var merged = edited
            merged.currency = change.currency
            for (field, value) in circle.given { try merged.set(field, value, today: context.today, language: context.l.language) }
            campaign = try store.updateCircle(of: .named(campaign.slug), merged)
        } else if !change.isEmpty {
            campaign = try store.updateCircle(of: .named(campaign.slug), change)
        }
        if json.json {
            try Console.json(campaign)
        } else if edit || !change.isEmpty {
            Console.out(Self.changes(from: before, to: campaign, context.l))
        } else {
            CircleInput.show(campaign, ideaChanges: try store.ideaChanges(in: .named(campaign.slug)), context.l)
        }
    }

    /// Names what changed (`--if-not` changes "If not", not the why), or that nothing did.
    static func changes(from before: Campaign, to after: Campaign, _ l: Localizer) -> String {
        var changed = GoldenCircle.Field.allCases.filter { before.circle.value(of: $0) != after.circle.value(of: $0) }
            .map { l.text("label.\($0.rawValue)") }
        if before.currency != after.currency { changed.append(l.text("label.currency")) }
        guard !changed.isEmpty else { return l.text("why.unchanged", after.title) }
        // A list after a colon, in lower case in both languages: "Updated in “Idea”: why, the ask."
        return l.text("why.updated", after.title, changed.map { $0.lowercased() }.joined(separator: ", "))
    }
}
