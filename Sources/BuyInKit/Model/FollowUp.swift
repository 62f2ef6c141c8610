import GRDB

/// A next step agreed in a meeting, with its due date.
public struct FollowUp: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var meetingId: Int64?
    public var text: String
    public var due: Day?
    public var doneOn: Day?
    public static let databaseTableName = "followUp"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
