import ArgumentParser
import BuyInKit

/// `buyin calendar`: the campaign's dated next steps, decision and reviews as an iCalendar file,
/// so they reach the calendar people live in. Importing it again updates, never duplicates.
struct CalendarCommand: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("calendar", discussion: true) }
    @Option(name: [.short, .long], help: ArgumentHelp(L.text("help.option.calendarOutput"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.calendarAll")))
    var all = false
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        if all && global.campaign != nil { throw BuyInError.conflictingOptions("--all", "--campaign") }
        let store = try context.store()
        let events = try all ? store.calendarEventsOfActiveCampaigns(today: context.today, context.l)
            : store.calendarEvents(of: context.campaign, today: context.today, context.l)
        // A calendar file must hold at least one event (RFC 5545): say what would give it one.
        guard !events.isEmpty else { return Console.error(context.l.text("calendar.nothing")) }
        let document = CalendarExport.document(events, language: context.l.language, stamp: context.today)
        if let output, output != "-" {
            try DocumentWriter.write(document, to: output, overwrite: force, sparing: context.openDatabases)
            Console.error(context.l.plural("calendar.written", count: events.count, output))
        } else {
            Console.write(document)
        }
    }
}
