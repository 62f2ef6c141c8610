import GRDB

/// Words said in a meeting; only shareable ones may reach leadership.
public struct MeetingQuote: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var meetingId: Int64
    public var text: String
    public var isShareable: Bool
    public static let databaseTableName = "meetingQuote"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
