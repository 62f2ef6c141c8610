import GRDB

/// A person, known once and met in any number of campaigns.
public struct Stakeholder: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var foldedName: String
    public var role: String
    public var department: String
    public var email: String
    public var influence: Int
    public var interest: Int

    public static let databaseTableName = "stakeholder"

    public init(name: String, role: String = "", department: String = "", email: String = "",
                influence: Int = 3, interest: Int = 3) {
        self.name = name.trimmed; self.foldedName = Vocabulary.fold(name); self.role = role
        self.department = department; self.email = email; self.influence = influence; self.interest = interest
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey { case id, name, foldedName, role, department, email, influence, interest }
}

/// A stakeholder mapped in a campaign, with the stance we need from them.
struct CampaignStakeholder: Codable, FetchableRecord, PersistableRecord {
    var campaignId: Int64
    var stakeholderId: Int64
    var targetStance: Stance?
    var initialStance: Stance?
    static let databaseTableName = "campaignStakeholder"
}

/// A stakeholder as seen from one campaign: where they stand now and where we need them.
public struct MappedStakeholder: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var role: String
    public var department: String
    public var email: String
    public var influence: Int
    public var interest: Int
    public var targetStance: Stance?
    /// The stance before their first meeting in this campaign (or after it, when no "before" was noted).
    public var firstStance: Stance?
    /// The stance after their latest meeting in this campaign.
    public var currentStance: Stance?
    public var meetingCount: Int
    public var lastMet: Day?
}
