import GRDB

/// A private note of a meeting, as its own row: the services read notes as plain text
/// (`MeetingRepository.notes`), but moving a record between stores needs to know whose they are.
public struct MeetingNote: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public var id: Int64?
    public var meetingId: Int64
    public var text: String
    public static let databaseTableName = "meetingNote"
}

/// One person named in a win.
public struct WinPerson: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    public var winId: Int64
    public var stakeholderId: Int64
    public static let databaseTableName = "winStakeholder"
}
