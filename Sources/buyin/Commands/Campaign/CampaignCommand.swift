import ArgumentParser
import BuyInKit

/// `buyin campaign list|show|use`.
struct CampaignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("campaign", subcommands: [CampaignList.self, Show.self, Use.self])
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
            CircleInput.show(campaign, context.l)
            Console.out()
            StatusReport.printFigures(status, context.l)
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
    @OptionGroup var options: ListingOptions

    func rows(_ context: Context) throws -> [CampaignSummary] { try context.store().campaigns() }
    static func columns(_ context: Context) -> [ListColumn<CampaignSummary>] {
        let l = context.l
        return [.init("column.current") { $0.isCurrent ? "*" : "" }, .init("column.slug") { $0.slug }, .init("column.title") { $0.title },
                .init("column.started") { l.date($0.createdOn) }, .init("column.decideBy") { $0.decideBy.map(l.date) ?? "" },
                .init("column.decision") { $0.decision?.word(l) ?? "" }]
    }
}
