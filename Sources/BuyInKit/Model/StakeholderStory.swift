/// A person's whole story with the idea: in each campaign that met or mapped them, where they
/// stand and what happened, by date. Only shared parts: no note, no private quote.
public struct StakeholderStory: Encodable, Sendable {
    public var stakeholder: Stakeholder
    /// Who influences them and whom they influence, by name.
    public var influence: PersonInfluence
    /// The campaigns, oldest first.
    public var chapters: [Chapter]

    public struct Chapter: Encodable, Sendable {
        public var slug: String
        public var title: String
        public var currentStance: Stance?
        public var targetStance: Stance?
        /// Their part in that campaign's decision, and whether they may block it.
        public var decisionRole: DecisionRole?
        public var hasVeto: Bool
        public var events: [TimelineEvent]
    }
}

/// One thing that happened with a person: a meeting, an objection they raised, a win they were
/// part of, or a next step still open from one of their meetings.
public struct TimelineEvent: Encodable, Sendable, Equatable {
    public enum Kind: String, Encodable, Sendable { case meeting, objection, win, nextStep, stance }

    public var campaignId: Int64
    public var kind: Kind
    public var id: Int64
    public var day: Day
    /// The meeting's summary, the objection, the win, the next step.
    public var text: String
    /// The meeting's outcome, the objection's response.
    public var outcome: String
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var objectionStatus: ObjectionStatus?
    /// A next step's due date.
    public var due: Day?

    public init(campaignId: Int64, kind: Kind, id: Int64, day: Day, text: String, outcome: String, stanceBefore: Stance?,
                stanceAfter: Stance?, objectionStatus: ObjectionStatus?, due: Day?) {
        self.campaignId = campaignId; self.kind = kind; self.id = id; self.day = day; self.text = text; self.outcome = outcome
        self.stanceBefore = stanceBefore; self.stanceAfter = stanceAfter; self.objectionStatus = objectionStatus; self.due = due
    }

    enum CodingKeys: String, CodingKey { case kind, id, day, text, outcome, stanceBefore, stanceAfter, objectionStatus, due }
}
