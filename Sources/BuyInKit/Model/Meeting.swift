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
