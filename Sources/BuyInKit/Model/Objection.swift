import GRDB

/// A concern as it was said, the worry underneath, our response, and where it stands.
public struct Objection: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var stakeholderId: Int64?
    public var meetingId: Int64?
    public var text: String
    public var concern: String
    public var category: ObjectionCategory
    public var response: String
    /// The stakeholder agreed the response answers their concern.
    public var isConfirmed: Bool
    public var status: ObjectionStatus
    public var raisedOn: Day

    public static let databaseTableName = "objection"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
