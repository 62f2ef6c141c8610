import GRDB

/// One 1:1 with one stakeholder for one campaign.
public struct Meeting: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var stakeholderId: Int64
    public var day: Day
    public var channel: Channel
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var summary: String
    public var outcome: String

    public static let databaseTableName = "meeting"

    public init(campaignId: Int64, stakeholderId: Int64, day: Day, channel: Channel, stanceBefore: Stance?,
                stanceAfter: Stance?, summary: String, outcome: String) {
        self.campaignId = campaignId; self.stakeholderId = stakeholderId; self.day = day; self.channel = channel
        self.stanceBefore = stanceBefore; self.stanceAfter = stanceAfter; self.summary = summary; self.outcome = outcome
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A private note taken in a meeting: never exported, except in a full backup.
struct MeetingNote: Codable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var meetingId: Int64
    var text: String
    static let databaseTableName = "meetingNote"
}

/// Words said in a meeting; only shareable ones may reach leadership.
public struct MeetingQuote: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var meetingId: Int64
    public var text: String
    public var isShareable: Bool
    public static let databaseTableName = "meetingQuote"
}

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

/// What a person typed about a meeting, before it is stored.
public struct MeetingEntry: Sendable {
    public var stakeholder: String
    public var day: Day
    public var channel: Channel = .inPerson
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var summary = ""
    public var notes: [String] = []
    public var privateQuotes: [String] = []
    public var sharedQuotes: [String] = []
    public var outcome = ""
    /// Next steps agreed, each becoming a follow-up; `nextStepDue` is the due date of every one.
    public var nextSteps: [String] = []
    public var nextStepDue: Day?

    public init(stakeholder: String, day: Day) {
        self.stakeholder = stakeholder
        self.day = day
    }
}

/// A meeting as a listing meant for sharing shows it: no private notes, no private quotes.
public struct MeetingSummary: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var day: Day
    public var stakeholderId: Int64
    public var stakeholder: String
    public var channel: Channel
    public var stanceBefore: Stance?
    public var stanceAfter: Stance?
    public var summary: String
    public var outcome: String

    /// Read by column position: listings decode thousands of these, and GRDB's Codable
    /// decoding costs several times more per row.
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        day = try row.decode(atIndex: 1)
        stakeholderId = try row.decode(atIndex: 2)
        stakeholder = try row.decode(atIndex: 3)
        channel = try row.decode(atIndex: 4)
        stanceBefore = try row.decode(atIndex: 5)
        stanceAfter = try row.decode(atIndex: 6)
        summary = try row.decode(atIndex: 7)
        outcome = try row.decode(atIndex: 8)
    }
}

/// A meeting with everything recorded about it, private notes and quotes included.
public struct MeetingRecord: Codable, Sendable, Equatable {
    public var meeting: MeetingSummary
    public var notes: [String]
    public var quotes: [MeetingQuote]
    public var followUps: [FollowUp]
}

/// A meeting as any output other than `meeting show` prints it: the shared parts only, so that a
/// script capturing `meeting log --json` never holds private notes or private quotes.
public struct SharedMeetingRecord: Codable, Sendable, Equatable {
    public var meeting: MeetingSummary
    public var sharedQuotes: [String]
    public var followUps: [FollowUp]

    public init(_ record: MeetingRecord) {
        meeting = record.meeting
        sharedQuotes = record.quotes.filter(\.isShareable).map(\.text)
        followUps = record.followUps
    }
}
