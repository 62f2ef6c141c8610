/// A meeting as a listing meant for sharing shows it: no private notes, no private quotes.
public struct MeetingSummary: Codable, Sendable, Equatable {
    public var id: Int64
    public var day: Day
    public var stakeholderId: Int64
    public var stakeholder: String
    public var channel: Channel
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var summary: String
    public var outcome: String
}
