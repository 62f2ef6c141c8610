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
        // A pre-read for leadership written to a file (not the data as JSON) is what `status`
        // counts as the pre-read done.
        if let output = options.output, output != "-", options.format != .json {
            try context.store().notePreReadWritten(of: .named(briefing.header.slug), on: context.today)
        }
    }
}
