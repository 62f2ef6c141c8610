/// A next step in the follow-up list.
public struct FollowUpView: Codable, Sendable, Equatable {
    public var id: Int64
    public var text: String
    public var due: Day?
    public var meetingId: Int64?
    public var stakeholder: String?

    public func isOverdue(today: Day) -> Bool { due.map { $0 < today } ?? false }
}
