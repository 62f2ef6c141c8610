import ArgumentParser
import BuyInKit

/// The root command: lists the journey's commands in the order a campaign uses them.
struct BuyIn: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "buyin",
            abstract: L.text("help.root"),
            discussion: L.text("help.root.discussion"),
            version: BuyInVersion.current,
            subcommands: [
                Start.self, Why.self, GoalCommand.self, CampaignCommand.self, Status.self,
                StakeholderCommand.self, Prep.self, MeetingCommand.self, FollowUps.self, ObjectionCommand.self,
                WinCommand.self, MetricCommand.self, OptionCommand.self, DecisionCommand.self, Brief.self, CalendarCommand.self, Search.self, Backup.self, Export.self, Import.self, TeamCommand.self, Demo.self,
            ]
        )
    }
}
