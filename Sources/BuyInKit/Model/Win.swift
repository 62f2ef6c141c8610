import GRDB

/// A dated step forward.
public struct Win: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var day: Day
    public var text: String
    public var kind: WinKind

    public static let databaseTableName = "win"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
