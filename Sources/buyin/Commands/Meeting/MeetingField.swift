import BuyInKit

/// A field of the meeting form, in the order it is asked at a terminal and written in
/// `$EDITOR`. The raw value is the field's id in the editor's file.
enum MeetingField: String, CaseIterable {
    case date, channel, before, after, summary, notes, quotes, sharedQuotes, outcome, ideaChanges, next, due

    /// Lists take one item per line (and, asked at a terminal, end on an empty line).
    var isList: Bool {
        switch self {
        case .notes, .quotes, .sharedQuotes, .ideaChanges, .next: return true
        case .date, .channel, .before, .after, .summary, .outcome, .due: return false
        }
    }

    func question(_ l: Localizer) -> String {
        switch self {
        case .date: return l.text("question.meeting.date")
        case .channel: return l.text("question.meeting.channel")
        case .before: return l.text("question.meeting.before")
        case .after: return l.text("question.meeting.after")
        case .summary: return l.text("question.meeting.summary")
        case .notes: return l.text("question.meeting.notes")
        case .quotes: return l.text("question.meeting.quotes")
        case .sharedQuotes: return l.text("question.meeting.sharedQuotes")
        case .outcome: return l.text("question.meeting.outcome")
        case .ideaChanges: return l.text("question.meeting.ideaChanges")
        case .next: return l.text("question.meeting.next")
        case .due: return l.text("question.meeting.due")
        }
    }

    /// What a one-answer field takes; lists share one hint (`hint.list`).
    func hint(_ l: Localizer) -> String {
        switch self {
        case .date: return l.text("hint.meeting.date")
        case .channel: return l.text("hint.meeting.channel")
        case .before: return l.text("hint.meeting.before")
        case .after: return l.text("hint.meeting.after")
        case .summary: return l.text("hint.meeting.summary")
        case .outcome: return l.text("hint.meeting.outcome")
        case .due: return l.text("hint.meeting.due")
        case .notes, .quotes, .sharedQuotes, .ideaChanges, .next: return l.text("hint.list")
        }
    }
}

/// The answers of a meeting form: one-answer fields and lists.
struct FieldValues {
    var singles: [MeetingField: String] = [:]
    var lists: [MeetingField: [String]] = [:]
    subscript(_ field: MeetingField) -> String? {
        get { singles[field] }
        set { singles[field] = newValue }
    }
}
