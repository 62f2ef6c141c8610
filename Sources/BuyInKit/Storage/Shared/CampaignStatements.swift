import GRDB

extension SQLRecords {
    static var currentCampaignKey: String { "currentCampaign" }

    func campaign(slug: String) throws -> Campaign? { try fetchOne(Campaign.self, "SELECT * FROM campaign WHERE slug = ?", [slug]) }

    func campaign(id: Int64) throws -> Campaign? { try fetchOne(Campaign.self, "SELECT * FROM campaign WHERE id = ?", [id]) }

    /// On the team store, each member has a current campaign of their own: the setting's
    /// policy shows only theirs.
    func currentCampaign() throws -> Campaign? {
        try fetchOne(Campaign.self, "SELECT campaign.* FROM setting JOIN campaign ON campaign.slug = setting.value WHERE setting.key = ?",
                     [Self.currentCampaignKey])
    }

    func latestCampaign() throws -> Campaign? { try fetchOne(Campaign.self, "SELECT * FROM campaign ORDER BY id DESC LIMIT 1") }

    func isSlugTaken(_ slug: String) throws -> Bool {
        try value(Bool.self, "SELECT EXISTS (SELECT 1 FROM campaign WHERE slug = ?)", [slug]) ?? false
    }

    func insert(_ campaign: inout Campaign) throws -> Int64 { try insertRecord(&campaign) }

    func update(_ campaign: Campaign) throws { try updateRecord(campaign) }

    func makeCurrent(slug: String) throws {
        try execute("INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT (\(dialect.settingKey)) DO UPDATE SET value = excluded.value",
                    [Self.currentCampaignKey, slug])
    }

    func notePreReadWritten(campaign: Int64, on day: Day) throws {
        try execute("INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT (\(dialect.settingKey)) DO UPDATE SET value = excluded.value",
                    [Self.preReadKey(campaign), day.iso])
    }

    func preReadWritten(campaign: Int64) throws -> Day? {
        try value(String.self, "SELECT value FROM setting WHERE key = ?", [Self.preReadKey(campaign)]).flatMap(Day.init(iso:))
    }

    static func preReadKey(_ campaign: Int64) -> String { "preReadWritten:\(campaign)" }

    func campaignSummaries() throws -> [CampaignSummary] {
        try fetch(CampaignSummary.selection + " ORDER BY campaign.id", []) { try CampaignSummary(columns: $0) }
    }

    func insert(_ goal: inout Goal) throws -> Int64 { try insertRecord(&goal) }

    func goal(id: Int64, campaign: Int64) throws -> Goal? {
        try fetchOne(Goal.self, "SELECT * FROM goal WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ goal: Goal) throws { try updateRecord(goal) }

    func goals(campaign: Int64) throws -> [Goal] { try fetchAll(Goal.self, "SELECT * FROM goal WHERE campaignId = ? ORDER BY id", [campaign]) }

    func counts(campaign: Int64, today: Day) throws -> CampaignCounts {
        guard let counts = try fetchFirst(CampaignCounts.selection, [campaign, today], { try CampaignCounts(columns: $0) }) else {
            throw BuyInError.internalError("counting a campaign's records returned no row")
        }
        return counts
    }

    func deleteCampaign(id: Int64) throws {
        try deleteNotesAndQuotes(ofMeetingsWhere: "campaignId = ?", [id])
        // Meetings, objections, wins, goals, metrics, next steps and decisions go by the schema's cascade rules.
        try execute("DELETE FROM campaign WHERE id = ?", [id])
    }

    func delete(_ kind: RecordKind, id: Int64, campaign: Int64) throws -> Bool {
        if kind == .meeting { try deleteNotesAndQuotes(ofMeetingsWhere: "id = ? AND campaignId = ?", [id, campaign]) }
        // Next steps of a meeting go with it by the schema's cascade rules, objections raised in it lose their link.
        return try execute("DELETE FROM \(kind.table) WHERE id = ? AND campaignId = ?", [id, campaign]) > 0
    }

    /// The notes and quotes of the meetings about to go, deleted first rather than left to the
    /// cascade. On the team store the schema keeps them from going by cascade
    /// (`PostgresSchema.privateRows`) and the policies show a member only their own: another
    /// member's stay, and the server then refuses the meetings' deletion — nobody deletes what
    /// they cannot see. In a person's own file these are every note and quote of the meetings.
    func deleteNotesAndQuotes(ofMeetingsWhere condition: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
        try execute("DELETE FROM meetingNote WHERE meetingId IN (SELECT id FROM meeting WHERE \(condition))", arguments)
        try execute("DELETE FROM meetingQuote WHERE meetingId IN (SELECT id FROM meeting WHERE \(condition))", arguments)
    }
}

extension RecordKind {
    /// The table the kind's records are kept in.
    var table: String {
        switch self {
        case .meeting: return "meeting"
        case .objection: return "objection"
        case .win: return "win"
        case .followUp: return "followUp"
        case .metric: return "metric"
        case .goal: return "goal"
        case .decisionOption: return "decisionOption"
        }
    }
}

extension CampaignSummary {
    /// Each campaign with the outcome of its latest decision.
    static let selection = """
        SELECT campaign.slug, campaign.title, campaign.createdOn, campaign.decideBy, decision.outcome, campaign.archivedOn
        FROM campaign LEFT JOIN decision
            ON decision.id = (SELECT max(id) FROM decision AS latest WHERE latest.campaignId = campaign.id)
        """

    init(columns row: some ColumnRow) throws {
        self.init(slug: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1), createdOn: try row.decode(atIndex: 2),
                  decideBy: try row.decode(atIndex: 3), isCurrent: false, decision: try row.decode(atIndex: 4),
                  archivedOn: try row.decode(atIndex: 5))
    }
}

extension CampaignCounts {
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

    init(columns row: some ColumnRow) throws {
        self.init(goals: try row.decode(atIndex: 0), meetings: try row.decode(atIndex: 1), objections: try row.decode(atIndex: 2),
                  openObjections: try row.decode(atIndex: 3), oldestOpenObjection: try row.decode(atIndex: 4),
                  wins: try row.decode(atIndex: 5), openFollowUps: try row.decode(atIndex: 6), overdueFollowUps: try row.decode(atIndex: 7))
    }
}
