import GRDB

extension SQLiteRecords: StakeholderRepository {
    func stakeholder(id: Int64) throws -> Stakeholder? {
        try Stakeholder.fetchOne(db, sql: "SELECT * FROM stakeholder WHERE id = ?", arguments: [id])
    }

    func stakeholder(foldedName: String) throws -> Stakeholder? {
        try Stakeholder.fetchOne(db, sql: "SELECT * FROM stakeholder WHERE foldedName = ?", arguments: [foldedName])
    }

    func stakeholders(matching match: NameMatch, _ folded: String, limit: Int) throws -> [Stakeholder] {
        let (condition, pattern) = SQLiteRecords.nameCondition(match, folded)
        return try Stakeholder.fetchAll(db, sql: "SELECT * FROM stakeholder WHERE \(condition) ORDER BY name LIMIT ?",
                                        arguments: [pattern, limit])
    }

    func isNameTaken(_ foldedName: String, except id: Int64?) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM stakeholder WHERE foldedName = ? AND id IS NOT ?)",
                          arguments: [foldedName, id]) ?? false
    }

    func insert(_ person: inout Stakeholder) throws { try person.insert(db) }

    func update(_ person: Stakeholder) throws { try person.update(db) }

    func allStakeholders() throws -> [Stakeholder] {
        try Stakeholder.fetchAll(db, sql: "SELECT * FROM stakeholder ORDER BY foldedName")
    }

    func mapping(campaign: Int64, stakeholder: Int64) throws -> CampaignStakeholder? {
        try CampaignStakeholder.fetchOne(db, sql: "SELECT * FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?",
                                         arguments: [campaign, stakeholder])
    }

    func save(_ mapping: CampaignStakeholder) throws { try mapping.save(db) }

    func mappedStakeholders(campaign: Int64) throws -> [MappedStakeholder] {
        try MappedStakeholder.fetchAll(db, sql: MappedStakeholder.selection + " WHERE cs.campaignId = ? ORDER BY s.influence DESC, s.interest DESC, s.foldedName",
                                       arguments: [campaign])
    }

    func latestStanceAfter(campaign: Int64, stakeholder: Int64) throws -> Stance? {
        try Stance.fetchOne(db, sql: SQLiteRecords.latestStanceAfterSQL, arguments: [stakeholder, campaign])
    }

    func timeline(stakeholder: Int64) throws -> [TimelineEvent] {
        try TimelineEvent.fetchAll(db, sql: TimelineEvent.selection, arguments: [stakeholder])
    }
}

extension SQLiteRecords {
    /// The condition on `foldedName` for a way of matching, and the value it takes: the typed
    /// name with LIKE's wildcards escaped. Both stores read it alike.
    static func nameCondition(_ match: NameMatch, _ folded: String) -> (condition: String, pattern: String) {
        let condition: String
        switch match {
        case .wholeWord: condition = "(' ' || foldedName || ' ') LIKE '% ' || ? || ' %' ESCAPE '\\'"
        case .prefix: condition = "foldedName LIKE ? || '%' ESCAPE '\\'"
        case .wordPrefix: condition = "(' ' || foldedName) LIKE '% ' || ? || '%' ESCAPE '\\'"
        }
        return (condition, likePattern(folded))
    }

    /// Text to find as it is, with LIKE's wildcards and its escape character escaped.
    static func likePattern(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// Arguments: the stakeholder, the campaign.
    static let latestStanceAfterSQL = """
        SELECT stanceAfter FROM meeting WHERE stakeholderId = ? AND campaignId = ? AND stanceAfter IS NOT NULL
        ORDER BY day DESC, id DESC LIMIT 1
        """

    func mappings(stakeholder: Int64) throws -> [CampaignStakeholder] {
        try CampaignStakeholder.fetchAll(db, sql: "SELECT * FROM campaignStakeholder WHERE stakeholderId = ? ORDER BY campaignId",
                                         arguments: [stakeholder])
    }

    func deleteMapping(campaign: Int64, stakeholder: Int64) throws {
        try db.execute(sql: "DELETE FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?", arguments: [campaign, stakeholder])
    }

    func meetingCount(stakeholder: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM meeting WHERE stakeholderId = ?", arguments: [stakeholder]) ?? 0
    }

    func reassignRecords(from: Int64, to: Int64) throws {
        try db.execute(sql: "UPDATE meeting SET stakeholderId = ? WHERE stakeholderId = ?", arguments: [to, from])
        try db.execute(sql: "UPDATE objection SET stakeholderId = ? WHERE stakeholderId = ?", arguments: [to, from])
        try db.execute(sql: "INSERT OR IGNORE INTO winStakeholder(winId, stakeholderId) SELECT winId, ? FROM winStakeholder WHERE stakeholderId = ?",
                       arguments: [to, from])
        try db.execute(sql: "DELETE FROM winStakeholder WHERE stakeholderId = ?", arguments: [from])
    }

    func deleteStakeholder(id: Int64) throws {
        // Meetings first: the schema refuses to orphan them (notes, quotes and next steps go with each).
        try db.execute(sql: "DELETE FROM meeting WHERE stakeholderId = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM stakeholder WHERE id = ?", arguments: [id])
    }
}

extension MappedStakeholder: FetchableRecord {
    static let selection = """
        SELECT s.id, s.name, s.role, s.department, s.email, s.influence, s.interest,
               cs.targetStance, cs.initialStance,
               (SELECT count(*) FROM meeting m WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId),
               (SELECT max(m.day) FROM meeting m WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId),
               (SELECT coalesce(m.stanceBefore, m.stanceAfter) FROM meeting m
                 WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId ORDER BY m.day, m.id LIMIT 1),
               (SELECT m.stanceAfter FROM meeting m
                 WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId AND m.stanceAfter IS NOT NULL
                 ORDER BY m.day DESC, m.id DESC LIMIT 1)
        FROM campaignStakeholder cs JOIN stakeholder s ON s.id = cs.stakeholderId
        """

    /// Throwing decodes: a value edited by hand into the file becomes an error line, not a crash.
    public init(row: Row) throws {
        self.init(id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1), role: try row.decode(atIndex: 2),
                  department: try row.decode(atIndex: 3), email: try row.decode(atIndex: 4),
                  influence: try row.decode(atIndex: 5), interest: try row.decode(atIndex: 6),
                  targetStance: try row.decode(atIndex: 7), initialStance: try row.decode(atIndex: 8),
                  meetingCount: try row.decode(atIndex: 9), lastMet: try row.decode(atIndex: 10),
                  firstMeetingStance: try row.decode(atIndex: 11), latestStanceAfter: try row.decode(atIndex: 12))
    }
}

extension TimelineEvent: FetchableRecord {
    static let selection = """
        SELECT campaignId, 'meeting', id, day, summary, outcome, stanceBefore, stanceAfter, NULL, NULL
        FROM meeting WHERE stakeholderId = ?1
        UNION ALL
        SELECT campaignId, 'objection', id, raisedOn, text, response, NULL, NULL, status, NULL
        FROM objection WHERE stakeholderId = ?1
        UNION ALL
        SELECT w.campaignId, 'win', w.id, w.day, w.text, '', NULL, NULL, NULL, NULL
        FROM win w JOIN winStakeholder ws ON ws.winId = w.id WHERE ws.stakeholderId = ?1
        UNION ALL
        SELECT f.campaignId, 'nextStep', f.id, m.day, f.text, '', NULL, NULL, NULL, f.due
        FROM followUp f JOIN meeting m ON m.id = f.meetingId WHERE m.stakeholderId = ?1 AND f.doneOn IS NULL
        ORDER BY 4, 2, 3
        """

    public init(row: Row) throws {
        self.init(campaignId: try row.decode(atIndex: 0), kind: Kind(rawValue: try row.decode(atIndex: 1)) ?? .meeting,
                  id: try row.decode(atIndex: 2), day: try row.decode(atIndex: 3), text: try row.decode(atIndex: 4),
                  outcome: try row.decode(atIndex: 5), stanceBefore: try row.decode(atIndex: 6), stanceAfter: try row.decode(atIndex: 7),
                  objectionStatus: try row.decode(atIndex: 8), due: try row.decode(atIndex: 9))
    }
}
