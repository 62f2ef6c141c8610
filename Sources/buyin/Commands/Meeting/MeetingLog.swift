import ArgumentParser
import BuyInKit

/// `buyin meeting log NAME`: one record per 1:1, guided at a terminal, from flags, or in `$EDITOR`.
struct MeetingLog: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("meeting.log", discussion: true)
    }

    @Argument(help: ArgumentHelp(L.text("help.argument.stakeholder"), valueName: L.text("value.name")))
    var name: String
    @OptionGroup var fields: MeetingFields
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        var values = fields.values
        // Check what was typed before asking for more, so a typo is caught at once.
        _ = try MeetingForm.entry(name, values, context)
        let store = try context.store()
        if fields.edit {
            let person = try store.stakeholder(name)
            let check = { (values: FieldValues) in _ = try MeetingForm.entry(name, values, context); return values }
            guard let edited = try MeetingForm.edit(person.name, values, fields: MeetingField.allCases, context, read: check) else {
                return Console.out(context.l.text("meeting.cancelled"))
            }
            values = edited
        } else if !fields.hasFields && Console.stdinIsTerminal {
            let person = try store.stakeholder(name)
            guard let asked = MeetingForm.ask(person.name, values, context) else { return Console.out(context.l.text("meeting.cancelled")) }
            values = asked
        }
        let record = try store.logMeeting(MeetingForm.entry(name, values, context), in: context.campaign)
        if json.json { try Console.json(SharedMeetingRecord(record)) } else {
            Console.out(context.l.text("meeting.logged", String(record.meeting.id), record.meeting.stakeholder, context.l.date(record.meeting.day)))
        }
        Console.warn(try store.warnings(for: record, in: context.campaign, today: context.today), context.l)
    }
}

/// The fields of a meeting as options, shared by `meeting log` and `meeting edit`.
struct MeetingFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.date"), valueName: L.text("value.date")))
    var date: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.channel"), valueName: L.text("value.channel")))
    var channel: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.before"), valueName: L.text("value.stance")))
    var before: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.after"), valueName: L.text("value.stance")))
    var after: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.summary"), valueName: L.text("value.text")))
    var summary: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.note"), valueName: L.text("value.text")))
    var note: [String] = []
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.quote"), valueName: L.text("value.text")))
    var quote: [String] = []
    @Option(name: .customLong("shared-quote"), help: ArgumentHelp(L.text("help.option.sharedQuote"), valueName: L.text("value.text")))
    var sharedQuote: [String] = []
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.outcome"), valueName: L.text("value.text")))
    var outcome: String?
    @Option(name: .customLong("idea-change"), help: ArgumentHelp(L.text("help.option.ideaChange"), valueName: L.text("value.text")))
    var ideaChange: [String] = []
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.next"), valueName: L.text("value.text")))
    var next: [String] = []
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.due"), valueName: L.text("value.date")))
    var due: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.edit")))
    var edit = false

    var hasFields: Bool {
        [date, channel, before, after, summary, outcome, due].contains { $0 != nil } || !(note + quote + sharedQuote + ideaChange + next).isEmpty
    }

    /// The options given, as the form's answers.
    var values: FieldValues {
        var values = FieldValues()
        values[.date] = date; values[.channel] = channel; values[.before] = before; values[.after] = after
        values[.summary] = summary; values[.outcome] = outcome; values[.due] = due
        values.lists[.next] = next
        values.lists[.notes] = note; values.lists[.quotes] = quote; values.lists[.sharedQuotes] = sharedQuote
        values.lists[.ideaChanges] = ideaChange
        return values
    }
}

/// The meeting's fields, asked at a terminal or written in `$EDITOR`, and read into an entry.
enum MeetingForm {
    /// Parses the typed words into a meeting entry; any bad word or date is an error here.
    static func entry(_ name: String, _ values: FieldValues, _ context: Context) throws -> MeetingEntry {
        var entry = MeetingEntry(stakeholder: name, day: try context.day(nonEmpty(values[.date])) ?? context.today)
        if let channel = nonEmpty(values[.channel]) { entry.channel = try Channel.parse(channel) }
        entry.stanceBefore = try nonEmpty(values[.before]).map(Stance.parse)
        entry.stanceAfter = try nonEmpty(values[.after]).map(Stance.parse)
        entry.summary = values[.summary] ?? ""
        entry.outcome = values[.outcome] ?? ""
        entry.notes = values.lists[.notes] ?? []
        entry.privateQuotes = values.lists[.quotes] ?? []
        entry.sharedQuotes = values.lists[.sharedQuotes] ?? []
        entry.ideaChanges = values.lists[.ideaChanges] ?? []
        entry.nextSteps = values.lists[.next] ?? []
        entry.nextStepDue = try context.dayAhead(nonEmpty(values[.due]))
        return entry
    }

    /// Parses the typed words into a change of a recorded meeting. From the `$EDITOR` form,
    /// which shows everything, lists and texts replace what is recorded; from options, notes
    /// and quotes are added.
    static func change(_ values: FieldValues, replacingLists: Bool, _ context: Context) throws -> MeetingChange {
        var change = MeetingChange()
        change.day = try context.day(nonEmpty(values[.date]))
        change.channel = try nonEmpty(values[.channel]).map(Channel.parse)
        change.stanceBefore = try nonEmpty(values[.before]).map(Stance.parse)
        change.stanceAfter = try nonEmpty(values[.after]).map(Stance.parse)
        change.summary = values[.summary] ?? (replacingLists ? "" : nil)
        change.outcome = values[.outcome] ?? (replacingLists ? "" : nil)
        let edit = { (field: MeetingField) -> MeetingChange.ListEdit in
            replacingLists ? .replace(values.lists[field] ?? []) : .add(values.lists[field] ?? [])
        }
        change.notes = edit(.notes)
        change.privateQuotes = edit(.quotes)
        change.sharedQuotes = edit(.sharedQuotes)
        change.ideaChanges = edit(.ideaChanges)
        change.nextSteps = values.lists[.next] ?? []
        change.nextStepDue = try context.dayAhead(nonEmpty(values[.due]))
        return change
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmed.isEmpty else { return nil }
        return text
    }

    /// Guided questions, one field at a time; lists take one line per item and end on an empty line.
    static func ask(_ name: String, _ values: FieldValues, _ context: Context) -> FieldValues? {
        let l = context.l
        let prompter = Prompter(l: l)
        var values = values
        Console.out(l.text("prompt.meeting.intro", name))
        for field in MeetingField.allCases {
            // A due date belongs to a next step: no step, no question.
            if field == .due && (values.lists[.next] ?? []).isEmpty { continue }
            if field.isList {
                Console.out(Console.bold(field.question(l)))
                Console.out(Console.dim(field.hint(l)))
                var items: [String] = []
                while true {
                    Console.write("  - ")
                    guard let line = Prompter.nextLine(), !line.trimmed.isEmpty else { break }
                    items.append(line.trimmed)
                }
                values.lists[field] = items
            } else {
                while true {
                    guard let answer = prompter.ask(field.question(l), hint: field.hint(l),
                                                    current: values[field] ?? "") else { Console.out(); return nil }
                    var probe = values
                    probe[field] = answer
                    do {
                        _ = try entry(name, probe, context)
                        values[field] = answer
                        break
                    } catch let error as BuyInError {
                        Console.error(error.message(l))
                    } catch {
                        break
                    }
                }
            }
        }
        return values
    }

    /// The form's fields (by id) in `$EDITOR`; lists take one item per line. `read` turns the
    /// answers into what the command records, and a field it rejects reopens the editor on
    /// the draft. Nil when cancelled.
    static func edit<Answer>(_ name: String, _ values: FieldValues, fields: [MeetingField], _ context: Context,
                             read: @escaping (FieldValues) throws -> Answer) throws -> Answer? {
        let l = context.l
        let form = fields.map { field in
            EditorSession.Field(id: field.rawValue, question: field.question(l),
                                value: field.isList ? (values.lists[field] ?? []).joined(separator: "\n")
                                    : values[field] ?? (field == .date ? context.today.iso : ""))
        }
        return try EditorSession(l: l).edit(title: l.text("prompt.meeting.intro", name), fields: form) { answers in
            var result = FieldValues()
            for field in fields {
                let answer = answers[field.rawValue] ?? ""
                if field.isList {
                    result.lists[field] = answer.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty }
                } else if !answer.isEmpty {
                    result[field] = answer
                }
            }
            return try read(result)
        }
    }
}
