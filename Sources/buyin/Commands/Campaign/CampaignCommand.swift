import ArgumentParser
import BuyInKit

/// `buyin campaign list|show|use`.
struct CampaignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("campaign", subcommands: [CampaignList.self, Show.self, Use.self, Rename.self, Archive.self, Restore.self, Delete.self])
    }

    struct Show: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("campaign.show") }
        @Argument(help: ArgumentHelp(L.text("help.argument.slug"), valueName: L.text("value.slug")))
        var slug: String?
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let (campaign, status) = try context.store().campaignAndJourney(of: slug.map(CampaignRef.named) ?? context.campaign, today: context.today, context.l)
            if json.json {
                return try Console.json(CampaignDetail(campaign: campaign, status: status))
            }
            CircleInput.show(campaign, ideaChanges: try context.store().ideaChanges(in: .named(campaign.slug)), context.l)
            Console.out()
            StatusReport.printFigures(status, context.l)
        }
    }

    struct Rename: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("campaign.rename") }
        @Argument(help: ArgumentHelp(L.text("help.argument.title"), valueName: L.text("value.title")))
        var title: String
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.slug"), valueName: L.text("value.slug")))
        var slug: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let campaign = try context.store().renameCampaign(context.campaign, title: title, slug: slug)
            Console.out(context.l.text("campaign.renamed", campaign.title, campaign.slug))
        }
    }

    /// Puts a finished campaign away without deleting anything.
    struct Archive: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("campaign.archive") }
        @Argument(help: ArgumentHelp(L.text("help.argument.slug"), valueName: L.text("value.slug")))
        var slug: String?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let (campaign, nowCurrent) = try context.store().archiveCampaign(slug.map(CampaignRef.named) ?? context.campaign, on: context.today)
            Console.out(context.l.text("campaign.archived", campaign.title, campaign.slug))
            if let nowCurrent { Console.out(context.l.text("campaign.nowCurrent", nowCurrent.title, nowCurrent.slug)) }
        }
    }

    /// Brings an archived campaign back into `campaign list`.
    struct Restore: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("campaign.restore") }
        @Argument(help: ArgumentHelp(L.text("help.argument.slug"), valueName: L.text("value.slug")))
        var slug: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let (campaign, _) = try context.store().archiveCampaign(.named(slug), on: nil)
            Console.out(context.l.text("campaign.restored", campaign.title, campaign.slug))
        }
    }

    /// Deletes a campaign with everything in it: asks at a terminal, `--yes` in scripts.
    struct Delete: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("campaign.delete") }
        @Argument(help: ArgumentHelp(L.text("help.argument.slug"), valueName: L.text("value.slug")))
        var slug: String
        @Flag(name: .long, help: ArgumentHelp(L.text("help.option.yes")))
        var yes = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let store = try context.store()
            let (campaign, meetings) = try store.deletionOf(campaign: .named(slug), today: context.today)
            let l = context.l
            guard try Confirmation.granted(l.text("campaign.deleteConfirm", campaign.title, l.number(meetings)), yes: yes,
                                           deleting: campaign.title, l) else { return }
            try store.deleteCampaign(id: campaign.storedID())
            Console.out(l.text("campaign.deleted", campaign.title, campaign.slug))
        }
    }

    struct Use: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("campaign.use") }
        @Argument(help: ArgumentHelp(L.text("help.argument.slug"), valueName: L.text("value.slug")))
        var slug: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let campaign = try context.store().useCampaign(slug)
            Console.out(context.l.text("campaign.using", campaign.title, campaign.slug))
        }
    }
}

/// `campaign show --json`: the campaign and where it stands.
struct CampaignDetail: Encodable {
    var campaign: Campaign
    var status: JourneyStatus
}

struct CampaignList: ListingCommand {
    static let noun = "campaign"
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.archivedToo")))
    var all = false
    @OptionGroup var options: ListingOptions

    /// Archived campaigns only when asked, or when one is still the current campaign.
    func rows(_ context: Context) throws -> [CampaignSummary] {
        try context.store().campaigns().filter { all || $0.archivedOn == nil || $0.isCurrent }
    }
    static func columns(_ context: Context) -> [ListColumn<CampaignSummary>] {
        let l = context.l
        return [.init("column.current") { $0.isCurrent ? "*" : "" }, .init("column.slug") { $0.slug }, .init("column.title") { $0.title },
                .init("column.started") { l.date($0.createdOn) }, .init("column.decideBy") { $0.decideBy.map(l.date) ?? "" },
                .init("column.decision") { $0.decision?.word(l) ?? "" }, .init("column.archived") { $0.archivedOn.map(l.date) ?? "" }]
    }
}
