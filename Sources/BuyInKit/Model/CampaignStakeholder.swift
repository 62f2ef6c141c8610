import GRDB

/// A stakeholder mapped in a campaign, with the stance we need from them and their part in the
/// decision.
public struct CampaignStakeholder: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var campaignId: Int64
    public var stakeholderId: Int64
    public var targetStance: Stance?
    public var initialStance: Stance?
    public var decisionRole: DecisionRole?
    /// May block the decision (RAPID's "agree").
    public var hasVeto: Bool
    public static let databaseTableName = "campaignStakeholder"

    public init(campaignId: Int64, stakeholderId: Int64, targetStance: Stance? = nil, initialStance: Stance? = nil,
                decisionRole: DecisionRole? = nil, hasVeto: Bool = false) {
        self.campaignId = campaignId; self.stakeholderId = stakeholderId
        self.targetStance = targetStance; self.initialStance = initialStance
        self.decisionRole = decisionRole; self.hasVeto = hasVeto
    }

    /// An export written before decision roles existed has neither field.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        campaignId = try container.decode(Int64.self, forKey: .campaignId)
        stakeholderId = try container.decode(Int64.self, forKey: .stakeholderId)
        targetStance = try container.decodeIfPresent(Stance.self, forKey: .targetStance)
        initialStance = try container.decodeIfPresent(Stance.self, forKey: .initialStance)
        decisionRole = try container.decodeIfPresent(DecisionRole.self, forKey: .decisionRole)
        hasVeto = try container.decodeIfPresent(Bool.self, forKey: .hasVeto) ?? false
    }
}
