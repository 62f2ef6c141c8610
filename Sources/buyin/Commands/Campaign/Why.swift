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
        var campaign = try store.campaign(context.campaign)
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
            Console.out(context.l.text("why.updated", campaign.title))
        } else {
            CircleInput.show(campaign, ideaChanges: try store.ideaChanges(in: .named(campaign.slug)), context.l)
        }
    }
}
