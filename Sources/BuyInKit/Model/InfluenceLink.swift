import GRDB

/// One person's sway over another (`buyin stakeholder link A --influences B`): whom a marketer
/// can ask to open a door. Kept for the people, not for one campaign: who listens to whom does
/// not change with the idea.
public struct InfluenceLink: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public var influencerId: Int64
    public var influencedId: Int64
    public static let databaseTableName = "influence"

    public init(influencerId: Int64, influencedId: Int64) {
        self.influencerId = influencerId
        self.influencedId = influencedId
    }
}
