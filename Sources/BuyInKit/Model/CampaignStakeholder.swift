import GRDB

/// A stakeholder mapped in a campaign, with the stance we need from them.
public struct CampaignStakeholder: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var campaignId: Int64
    public var stakeholderId: Int64
    public var targetStance: Stance?
    public var initialStance: Stance?
    public static let databaseTableName = "campaignStakeholder"

    public init(campaignId: Int64, stakeholderId: Int64, targetStance: Stance? = nil, initialStance: Stance? = nil) {
        self.campaignId = campaignId; self.stakeholderId = stakeholderId
        self.targetStance = targetStance; self.initialStance = initialStance
    }
}
