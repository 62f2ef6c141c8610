/// What a person typed about a meeting, before it is stored.
public struct MeetingEntry: Sendable {
    public var stakeholder: String
    public var day: Day
    public var channel: Channel = .inPerson
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var summary = ""
    public var notes: [String] = []
    public var privateQuotes: [String] = []
    public var sharedQuotes: [String] = []
    public var outcome = ""
    /// Changes to the idea the person suggested.
    public var ideaChanges: [String] = []
    /// Next steps agreed, each becoming a follow-up; `nextStepDue` is the due date of every one.
    public var nextSteps: [String] = []
    public var nextStepDue: Day?

    public init(stakeholder: String, day: Day) {
        self.stakeholder = stakeholder
        self.day = day
    }
}
