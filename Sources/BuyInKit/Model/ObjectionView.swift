/// An objection with the name of whoever raised it, for listings and the pre-read.
public struct ObjectionView: Codable, Sendable, Equatable {
    public var id: Int64
    public var text: String
    public var concern: String
    public var category: ObjectionCategory
    public var response: String
    public var isConfirmed: Bool
    public var status: ObjectionStatus
    public var raisedOn: Day
    public var stakeholderId: Int64?
    public var stakeholder: String?
    public var meetingId: Int64?
}
