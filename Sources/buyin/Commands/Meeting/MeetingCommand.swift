import ArgumentParser
import BuyInKit

/// `buyin meeting log|list|show`: the record of each 1:1.
struct MeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("meeting",
                             subcommands: [MeetingLog.self, MeetingList.self, MeetingShow.self, MeetingEdit.self, DeleteMeeting.self])
    }
}

/// How meetings print in a terminal.
enum MeetingTable {
    static func print(_ meetings: [MeetingSummary], _ l: Localizer) {
        var table = TextTable([l.text("column.number"), l.text("column.date"), l.text("column.name"), l.text("column.channel"),
                               l.text("column.stanceMove"), l.text("column.outcome")])
        // Each word looked up once, not once a row: a listing may hold a thousand meetings.
        let channels = l.words(Channel.self), stances = l.words(Stance.self)
        // Each move spelled once too: a thousand rows repeat a few dozen.
        var moves: [Move: String] = [:]
        for meeting in meetings {
            let key = Move(before: meeting.stanceBefore, after: meeting.stanceAfter)
            let move: String
            if let known = moves[key] {
                move = known
            } else {
                move = stanceMove(meeting.stanceBefore, meeting.stanceAfter, stances)
                moves[key] = move
            }
            table.add([String(meeting.id), l.date(meeting.day), meeting.stakeholder, channels[meeting.channel]!, move, meeting.outcome])
        }
        table.print()
        KeptUntilExit.keep(table)
    }

    private struct Move: Hashable {
        let before, after: Stance?
    }

    static func stanceMove(_ before: Stance?, _ after: Stance?, _ words: [Stance: String]) -> String {
        switch (before, after) {
        case let (before?, after?) where before != after: return words[before]! + " → " + words[after]!
        case let (_, after?): return words[after]!
        case let (before?, nil): return words[before]!
        default: return "—"
        }
    }
}

struct MeetingList: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("meeting.list") }
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.withStakeholder"), valueName: L.text("value.name")))
    var stakeholder: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.since"), valueName: L.text("value.date")))
    var since: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.until"), valueName: L.text("value.date")))
    var until: String?
    @OptionGroup var output: ListOutput
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let store = try context.store()
        let meetings = try store.meetings(in: context.campaign, stakeholder: stakeholder, since: context.day(since), until: context.day(until))
        if try output.printsData(meetings) { return }
        guard !meetings.isEmpty else {
            return Console.out(try Listing.emptyLine(context.l, noun: "meeting", filtered: stakeholder != nil || since != nil || until != nil) {
                try store.meetings(in: context.campaign, stakeholder: nil, since: nil, until: nil).count
            })
        }
        MeetingTable.print(meetings, context.l)
        KeptUntilExit.keep(meetings)
    }
}

struct MeetingShow: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("meeting.show") }
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
    var id: Int64
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let record = try context.store().meeting(id)
        if json.json { return try Console.json(record) }
        let l = context.l
        let meeting = record.meeting
        Console.out(Console.bold(l.text("meeting.title", String(meeting.id), meeting.stakeholder, l.date(meeting.day))))
        Console.out(Console.labelled([("column.channel", meeting.channel.word(l)),
                                      ("column.stanceMove", MeetingTable.stanceMove(meeting.stanceBefore, meeting.stanceAfter, l.words(Stance.self)))], l))
        if !meeting.summary.isEmpty { Console.out("\n\(Console.bold(l.text("label.summary")))\n  \(meeting.summary)") }
        if !record.quotes.isEmpty {
            Console.out("\n" + Console.bold(l.text("label.quotes")))
            for quote in record.quotes {
                Console.out("  " + l.text("label.quoted", quote.text) + " " + Console.dim(l.text(quote.isShareable ? "label.shareable" : "label.private")))
            }
        }
        if !record.notes.isEmpty {
            Console.out("\n" + Console.bold(l.text("label.notes")))
            for note in record.notes { Console.out("  - \(note)") }
        }
        if !meeting.outcome.isEmpty { Console.out("\n\(Console.bold(l.text("label.outcome")))\n  \(meeting.outcome)") }
        if !record.ideaChanges.isEmpty {
            Console.out("\n" + Console.bold(l.text("label.ideaChanges")))
            for change in record.ideaChanges { Console.out("  - \(change)") }
        }
        for followUp in record.followUps {
            Console.out("\n\(Console.bold(l.text("label.next"))) \(l.text("record.number", followUp.id.map(String.init) ?? "")) \(followUp.text)" + (followUp.due.map { " — " + l.date($0) } ?? ""))
        }
    }
}
