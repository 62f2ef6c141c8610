/// What `meeting edit` changes in a recorded meeting: each field given replaces the recorded
/// one, the rest stay as they are.
public struct MeetingChange: Sendable {
    /// The person met, when the meeting was logged against the wrong one.
    public var stakeholder: String?
    public var day: Day?
    public var channel: Channel?
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var summary: String?
    public var outcome: String?
    /// Notes and quotes: added to the recorded ones, or (from the `$EDITOR` form, which shows
    /// them all) put in their place.
    public var notes = ListEdit.add([])
    public var privateQuotes = ListEdit.add([])
    public var sharedQuotes = ListEdit.add([])
    public var ideaChanges = ListEdit.add([])
    /// New next steps, each becoming a follow-up due on `nextStepDue`.
    public var nextSteps: [String] = []
    public var nextStepDue: Day?

    public init() {}

    public enum ListEdit: Sendable, Equatable {
        case add([String])
        case replace([String])

        var items: [String] {
            switch self {
            case .add(let items), .replace(let items): return items
            }
        }
    }
}
