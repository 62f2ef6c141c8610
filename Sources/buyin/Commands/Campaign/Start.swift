import ArgumentParser
import BuyInKit

/// `buyin start "TITLE"`: a new campaign, its why, and the ask.
struct Start: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("start", discussion: true)
    }

    @Argument(help: ArgumentHelp(L.text("help.argument.title"), valueName: L.text("value.title")))
    var title: String

    @Option(name: .long, help: ArgumentHelp(L.text("help.option.author"), valueName: L.text("value.name")))
    var author: String?

    @Option(name: .long, help: ArgumentHelp(L.text("help.option.after.attempt"), valueName: L.text("value.slug")))
    var after: String?

    @OptionGroup var circle: CircleOptions
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        guard !title.trimmed.isEmpty else { throw BuyInError.emptyText(field: "title") }
        var change = try circle.change(today: context.today, language: context.l.language)
        // A new attempt starts from the earlier one's why: nothing to ask.
        if circle.given.isEmpty && after == nil {
            let currency = change.currency
            change = Console.stdinIsTerminal ? try CircleInput.ask(context, current: GoldenCircle()) : try CircleInput.readLines(context)
            change.currency = currency
        }
        let store = try context.store(creating: after == nil)
        let campaign = try store.startCampaign(title: title, author: author ?? context.environment["BUYIN_AUTHOR"] ?? "",
                                               circle: change, today: context.today, after: after.map(CampaignRef.named))
        Console.out(context.l.text("start.done", campaign.title, campaign.slug))
        // The short name had to change: another campaign bears this title already.
        if campaign.slug != Slug.make(from: campaign.title) {
            Console.error(context.l.text("start.duplicateTitle", Slug.make(from: campaign.title), campaign.slug))
        }
        try StatusReport.printNextStep(store, slug: campaign.slug, context)
    }
}
