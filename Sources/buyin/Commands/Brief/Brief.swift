import ArgumentParser
import BuyInKit

/// `buyin brief`: the pre-read leadership reads before the decision meeting.
struct Brief: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("brief", discussion: true)
    }
    @OptionGroup var options: BriefOptions
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let briefing = try context.store().briefing(of: context.campaign, prepared: context.today)
        try options.deliver(briefing, context)
    }
}
