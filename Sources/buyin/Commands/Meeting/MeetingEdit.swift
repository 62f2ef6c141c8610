import ArgumentParser
import BuyInKit

/// `buyin meeting edit ID`: puts a recorded meeting right, from options or in `$EDITOR`.
struct MeetingEdit: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("meeting.edit", discussion: true) }
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
    var id: Int64
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.meetingWith"), valueName: L.text("value.name")))
    var stakeholder: String?
    @OptionGroup var fields: MeetingFields
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    /// The form's fields: next steps are follow-ups with a life of their own (`followups`), so
    /// the form adds none; `--next` does.
    static let formFields = MeetingField.allCases.filter { $0 != .next && $0 != .due }

    func run(_ context: Context) throws {
        var change = try MeetingForm.change(fields.values, replacingLists: false, context)
        change.stakeholder = stakeholder
        let store = try context.store()
        let hasChanges = fields.hasFields || stakeholder != nil
        if fields.edit || (!hasChanges && Console.stdinIsTerminal) {
            let record = try store.meeting(id)
            let options = change
            guard let edited = try MeetingForm.edit(record.meeting.stakeholder, Self.formValues(record, overlaid: fields.values, context.l),
                                                    fields: Self.formFields, context,
                                                    read: { try MeetingForm.change($0, replacingLists: true, context) }) else {
                return Console.out(context.l.text("meeting.unchanged"))
            }
            change = edited
            change.stakeholder = options.stakeholder
            change.nextSteps = options.nextSteps
            change.nextStepDue = options.nextStepDue
        } else if !hasChanges {
            throw BuyInError.nothingToChange(kind: .meeting, id: id)
        }
        let record = try store.editMeeting(id, change, in: context.campaign)
        let meeting = record.meeting
        if json.json { try Console.json(SharedMeetingRecord(record)) } else {
            Console.out(context.l.text("meeting.edited", String(meeting.id), meeting.stakeholder, context.l.date(meeting.day)))
        }
        Console.warn(try store.warnings(for: record, in: context.campaign, today: context.today), context.l)
    }

    /// The meeting as recorded, in the form's words, with the options typed on top.
    static func formValues(_ record: MeetingRecord, overlaid options: FieldValues, _ l: Localizer) -> FieldValues {
        let meeting = record.meeting
        var values = FieldValues()
        values[.date] = meeting.day.iso
        values[.channel] = meeting.channel.word(l)
        values[.before] = meeting.stanceBefore?.word(l)
        values[.after] = meeting.stanceAfter?.word(l)
        values[.summary] = meeting.summary
        values[.outcome] = meeting.outcome
        values.lists[.notes] = record.notes
        values.lists[.quotes] = record.quotes.filter { !$0.isShareable }.map(\.text)
        values.lists[.sharedQuotes] = record.quotes.filter(\.isShareable).map(\.text)
        values.lists[.ideaChanges] = record.ideaChanges
        for (field, value) in options.singles { values[field] = value }
        for (field, items) in options.lists where !items.isEmpty { values.lists[field] = (values.lists[field] ?? []) + items }
        return values
    }
}
