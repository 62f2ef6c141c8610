import GRDB

extension SQLiteRecords: CampaignRepository {
    static let currentCampaignKey = "currentCampaign"

    func campaign(slug: String) throws -> Campaign? {
        try Campaign.fetchOne(db, sql: "SELECT * FROM campaign WHERE slug = ?", arguments: [slug])
    }

    func campaign(id: Int64) throws -> Campaign? {
        try Campaign.fetchOne(db, sql: "SELECT * FROM campaign WHERE id = ?", arguments: [id])
    }

    func currentCampaign() throws -> Campaign? {
        try Campaign.fetchOne(db, sql: "SELECT campaign.* FROM setting JOIN campaign ON campaign.slug = setting.value WHERE setting.key = ?",
                              arguments: [Self.currentCampaignKey])
    }

    func latestCampaign() throws -> Campaign? {
        try Campaign.fetchOne(db, sql: "SELECT * FROM campaign ORDER BY id DESC LIMIT 1")
    }

    func isSlugTaken(_ slug: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM campaign WHERE slug = ?)", arguments: [slug]) ?? false
    }

    func insert(_ campaign: inout Campaign) throws { try campaign.insert(db) }

    func update(_ campaign: Campaign) throws { try campaign.update(db) }

    func makeCurrent(slug: String) throws {
        try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [Self.currentCampaignKey, slug])
    }

    func campaignSummaries() throws -> [CampaignSummary] {
        try CampaignSummary.fetchAll(db, sql: CampaignSummary.selection + " ORDER BY campaign.id")
    }

    func insert(_ goal: inout Goal) throws { try goal.insert(db) }

    func goal(id: Int64, campaign: Int64) throws -> Goal? {
        try Goal.fetchOne(db, sql: "SELECT * FROM goal WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
    }

    func update(_ goal: Goal) throws { try goal.update(db) }

    func goals(campaign: Int64) throws -> [Goal] {
        try Goal.fetchAll(db, sql: "SELECT * FROM goal WHERE campaignId = ? ORDER BY id", arguments: [campaign])
    }

    func counts(campaign: Int64, today: Day) throws -> CampaignCounts {
        try CampaignCounts.fetchOne(db, sql: CampaignCounts.selection, arguments: [campaign, today])
            ?? CampaignCounts(goals: 0, meetings: 0, objections: 0, openObjections: 0, oldestOpenObjection: nil, wins: 0,
                              openFollowUps: 0, overdueFollowUps: 0)
    }

    func deleteCampaign(id: Int64) throws {
        // Meetings, objections, wins, goals, metrics, next steps and decisions go by the schema's cascade rules.
        try db.execute(sql: "DELETE FROM campaign WHERE id = ?", arguments: [id])
    }

    func delete(_ kind: BuyInError.RecordKind, id: Int64, campaign: Int64) throws -> Bool {
        // The kind's identifier is its table's name; notes, quotes and next steps of a meeting go
        // with it by the schema's cascade rules, objections raised in it lose their link.
        try db.execute(sql: "DELETE FROM \(kind.rawValue) WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
        return db.changesCount > 0
    }
}

extension CampaignSummary: FetchableRecord {
    /// Each campaign with the outcome of its latest decision.
    static let selection = """
        SELECT campaign.slug, campaign.title, campaign.createdOn, campaign.decideBy, decision.outcome, campaign.archivedOn
        FROM campaign LEFT JOIN decision
            ON decision.id = (SELECT max(id) FROM decision AS latest WHERE latest.campaignId = campaign.id)
        """

    public init(row: Row) throws {
        self.init(slug: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1), createdOn: try row.decode(atIndex: 2),
                  decideBy: try row.decode(atIndex: 3), isCurrent: false, decision: try row.decode(atIndex: 4),
                  archivedOn: try row.decode(atIndex: 5))
    }
}

extension CampaignCounts: FetchableRecord {
    /// Arguments: the campaign, today.
    static let selection = """
        SELECT (SELECT count(*) FROM goal WHERE campaignId = ?1),
               (SELECT count(*) FROM meeting WHERE campaignId = ?1),
               (SELECT count(*) FROM objection WHERE campaignId = ?1),
               (SELECT count(*) FROM objection WHERE campaignId = ?1 AND status = 'open'),
               (SELECT min(id) FROM objection WHERE campaignId = ?1 AND status = 'open'),
               (SELECT count(*) FROM win WHERE campaignId = ?1),
               (SELECT count(*) FROM followUp WHERE campaignId = ?1 AND doneOn IS NULL),
               (SELECT count(*) FROM followUp WHERE campaignId = ?1 AND doneOn IS NULL AND due < ?2)
        """

    public init(row: Row) throws {
        self.init(goals: try row.decode(atIndex: 0), meetings: try row.decode(atIndex: 1), objections: try row.decode(atIndex: 2),
                  openObjections: try row.decode(atIndex: 3), oldestOpenObjection: try row.decode(atIndex: 4),
                  wins: try row.decode(atIndex: 5), openFollowUps: try row.decode(atIndex: 6), overdueFollowUps: try row.decode(atIndex: 7))
    }
}
