import ArgumentParser
import BuyInKit

/// `buyin campaign list|show|use`.
struct CampaignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "campaign", abstract: L.text("help.campaign"), subcommands: [List.self, Show.self, Use.self])
    }

    struct List: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L.text("help.campaign.list")) }
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let campaigns = try context.store().campaigns()
            let l = context.l
            try Listing.print(campaigns, json: json.json, empty: l.text("campaign.none"),
                              headings: ["", l.text("column.slug"), l.text("column.title"), l.text("column.started"),
                                         l.text("column.decideBy"), l.text("column.decision")]) { campaign in
                [campaign.isCurrent ? "*" : "", campaign.slug, campaign.title, l.date(campaign.createdOn),
                 campaign.decideBy.map(l.date) ?? "", campaign.decision?.word(l) ?? ""]
            }
        }
    }

    struct Show: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L.text("help.campaign.show")) }
        @Argument(help: ArgumentHelp(L.text("help.argument.slug"), valueName: L.text("value.slug")))
        var slug: String?
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let (campaign, status) = try context.store().campaignAndJourney(of: slug.map(CampaignRef.named) ?? context.campaign, today: context.today,
                                                                           placeholder: context.l.text("placeholder.text"))
            if json.json {
                return try Console.json(CampaignDetail(campaign: campaign, status: status))
            }
            CircleInput.show(campaign, context.l)
            Console.out()
            StatusReport.printFigures(status, context.l)
        }
    }

    struct Use: BuyInCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "use", abstract: L.text("help.campaign.use")) }
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
