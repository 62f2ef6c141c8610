import ArgumentParser
import BuyInKit

/// The root command: lists the journey's commands in the order a campaign uses them.
struct BuyIn: ParsableCommand {
    static var configuration: CommandConfiguration {
        var configuration = CommandConfiguration(
            commandName: "buyin",
            abstract: L.text("help.root"),
            discussion: L.text("help.root.discussion"),
            version: BuyInVersion.current,
            subcommands: [
                Start.self, Why.self, GoalCommand.self, CampaignCommand.self, Status.self,
                StakeholderCommand.self, MeetingCommand.self, FollowUps.self, ObjectionCommand.self,
                WinCommand.self, MetricCommand.self, DecisionCommand.self, Brief.self, Backup.self, Demo.self,
            ]
        )
        // The parser skips its completion-script check for a command with a super-command name.
        if CompletionScriptCheck.isSkipped { configuration._superCommandName = "" }
        return configuration
    }
}

/// swift-argument-parser runs two extra parsers on every command line to spot
/// `--generate-completion-script`: about a millisecond of every command's start-up, a fifth of
/// `buyin --version`. The entry point skips that check while parsing a line that cannot be such a
/// request, and restores the configuration before any help or usage text is written from it.
enum CompletionScriptCheck {
    nonisolated(unsafe) static var isSkipped = false

    static func isNeeded(for arguments: [String]) -> Bool {
        arguments.contains { $0.hasPrefix("--generate-completion-script") }
    }
}
