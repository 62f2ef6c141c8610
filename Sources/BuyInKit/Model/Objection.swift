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

/// An objection with the name of whoever raised it, for listings and the pre-read.
public struct ObjectionView: Codable, Sendable, Equatable, FetchableRecord {
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

    /// Read by column position, in the order of `Store.objectionViewSQL`.
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        text = try row.decode(atIndex: 1)
        concern = try row.decode(atIndex: 2)
        category = try row.decode(atIndex: 3)
        response = try row.decode(atIndex: 4)
        isConfirmed = try row.decode(atIndex: 5)
        status = try row.decode(atIndex: 6)
        raisedOn = try row.decode(atIndex: 7)
        stakeholderId = try row.decode(atIndex: 8)
        stakeholder = try row.decode(atIndex: 9)
        meetingId = try row.decode(atIndex: 10)
    }
}
