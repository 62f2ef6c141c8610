/// What to read before a 1:1 with one person (`buyin prep NAME`): where they stand and how they
/// moved, what was agreed last time, what is still open between you, their objections and
/// words, the numbers of their department the idea moves, who sways them, and what to ask.
/// Private notes and quotes are in it only when asked for (`includesPrivate`).
public struct PrepSheet: Encodable, Sendable {
    public var campaignTitle: String
    public var campaignSlug: String
    public var today: Day
    public var person: MappedStakeholder
    /// Their stance as first noted, then after each meeting that changed it.
    public var stanceMoves: [Stance]
    public var lastMeeting: MeetingSummary?
    /// Next steps from their meetings not done yet, overdue first, then by due date.
    public var openSteps: [Step]
    /// Their objections, open first, then answered, accepted, resolved.
    public var objections: [ObjectionView]
    /// Their quotes from their latest meetings, newest first: shareable ones only, unless
    /// private ones were asked for.
    public var quotes: [Quote]
    /// Your notes from their latest meetings, newest first: empty unless private text was asked for.
    public var notes: [Note]
    /// The campaign's goals and KPIs owned by their department.
    public var departmentGoals: [Goal]
    public var influencedBy: [Contact]
    public var influences: [Contact]
    public var questions: [Question]
    public var includesPrivate: Bool

    public struct Step: Encodable, Sendable, Equatable {
        public var id: Int64
        public var text: String
        public var due: Day?
        public var isOverdue: Bool
    }

    public struct Quote: Encodable, Sendable, Equatable {
        public var text: String
        public var day: Day
        public var isShareable: Bool
    }

    public struct Note: Encodable, Sendable, Equatable {
        public var text: String
        public var day: Day
    }

    /// Someone linked by influence, with their stance in this campaign when they are mapped.
    public struct Contact: Encodable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var stance: Stance?
    }

    /// A question to ask, drawn from what is still open; `subject` is the objection, step or KPI
    /// it is about (empty for the stance).
    public struct Question: Encodable, Sendable, Equatable {
        public enum Kind: String, Encodable, Sendable {
            /// Their stance is short of the one needed.
            case stance
            /// An objection of theirs is still open.
            case openObjection
            /// An answer was given but they have not confirmed it.
            case unconfirmedAnswer
            /// A next step from their meetings is overdue.
            case overdueStep
            /// A KPI of their department the idea moves.
            case departmentGoal
        }
        public var kind: Kind
        public var subject: String
        /// For `stance`: the stance needed.
        public var target: Stance?
    }
}
