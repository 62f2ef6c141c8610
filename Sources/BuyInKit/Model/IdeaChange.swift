import GRDB

/// A change to the idea suggested in a 1:1 (`meeting log … --idea-change TEXT`), credited to the
/// person met: people back what they helped shape. Shareable, like the meeting's summary.
public struct IdeaChange: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var meetingId: Int64
    public var text: String
    public static let databaseTableName = "ideaChange"

    public init(meetingId: Int64, text: String) {
        self.meetingId = meetingId
        self.text = text
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A change to the idea with who suggested it and when, for `why` and the pre-read.
public struct IdeaChangeView: Codable, Sendable, Equatable {
    public var id: Int64
    public var text: String
    public var day: Day
    public var meetingId: Int64
    public var stakeholder: String
}
