import GRDB

extension SQLRecords {
    func stakeholder(id: Int64) throws -> Stakeholder? { try fetchOne(Stakeholder.self, "SELECT * FROM stakeholder WHERE id = ?", [id]) }

    func stakeholder(foldedName: String) throws -> Stakeholder? {
        try fetchOne(Stakeholder.self, "SELECT * FROM stakeholder WHERE foldedName = ?", [foldedName])
    }

    func stakeholders(matching match: NameMatch, _ folded: String, limit: Int) throws -> [Stakeholder] {
        try fetchAll(Stakeholder.self, "SELECT * FROM stakeholder WHERE \(match.condition) ORDER BY name LIMIT ?", [SQLPattern.literal(folded), limit])
    }

    func isNameTaken(_ foldedName: String, except id: Int64?) throws -> Bool {
        // Ids start at 1, so none is 0. (Not `IS DISTINCT FROM`, which SQLite reads only from
        // 3.39: Ubuntu 22.04 has 3.37.)
        try value(Bool.self, "SELECT EXISTS (SELECT 1 FROM stakeholder WHERE foldedName = ? AND id <> coalesce(?, 0))", [foldedName, id]) ?? false
    }

    func insert(_ person: inout Stakeholder) throws -> Int64 { try insertRecord(&person) }

    func update(_ person: Stakeholder) throws { try updateRecord(person) }

    func allStakeholders() throws -> [Stakeholder] { try fetchAll(Stakeholder.self, "SELECT * FROM stakeholder ORDER BY foldedName") }

    func stakeholderNames() throws -> [StakeholderName] {
        try fetch("SELECT id, name, foldedName FROM stakeholder ORDER BY foldedName", []) { row in
            StakeholderName(id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1), foldedName: try row.decode(atIndex: 2))
        }
    }

    func mapping(campaign: Int64, stakeholder: Int64) throws -> CampaignStakeholder? {
        try fetchOne(CampaignStakeholder.self, "SELECT * FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?", [campaign, stakeholder])
    }

    func save(_ mapping: CampaignStakeholder) throws {
        try execute("""
            INSERT INTO campaignStakeholder(campaignId, stakeholderId, targetStance, initialStance, decisionRole, hasVeto)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (campaignId, stakeholderId) DO UPDATE SET targetStance = excluded.targetStance,
                initialStance = excluded.initialStance, decisionRole = excluded.decisionRole, hasVeto = excluded.hasVeto
            """, [mapping.campaignId, mapping.stakeholderId, mapping.targetStance, mapping.initialStance, mapping.decisionRole, mapping.hasVeto])
    }

    func mappedStakeholders(campaign: Int64) throws -> [MappedStakeholder] {
        try fetch(MappedStakeholder.selection + " WHERE cs.campaignId = ? ORDER BY s.influence DESC, s.interest DESC, s.foldedName", [campaign]) { try MappedStakeholder(columns: $0) }
    }

    func latestStance(campaign: Int64, stakeholder: Int64) throws -> Stance? {
        try fetch("SELECT " + CurrentStance.columns(person: "?1", campaign: "?2"), [stakeholder, campaign]) {
            try CurrentStance.decode($0, from: 0)
        }.first ?? nil
    }

    func insert(_ change: inout StanceChange) throws -> Int64 { try insertRecord(&change) }

    func stanceChanges(campaign: Int64) throws -> [StanceChange] {
        try fetchAll(StanceChange.self, "SELECT * FROM stanceChange WHERE campaignId = ? ORDER BY day, id", [campaign])
    }

    func mappings(stakeholder: Int64) throws -> [CampaignStakeholder] {
        try fetchAll(CampaignStakeholder.self, "SELECT * FROM campaignStakeholder WHERE stakeholderId = ? ORDER BY campaignId", [stakeholder])
    }

    func deleteMapping(campaign: Int64, stakeholder: Int64) throws {
        try execute("DELETE FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?", [campaign, stakeholder])
    }

    func timeline(stakeholder: Int64) throws -> [TimelineEvent] {
        try fetch(TimelineEvent.selection, [stakeholder]) { try TimelineEvent(columns: $0) }
    }

    func meetingCount(stakeholder: Int64) throws -> Int {
        try value(Int.self, "SELECT count(*) FROM meeting WHERE stakeholderId = ?", [stakeholder]) ?? 0
    }

    func reassignRecords(from: Int64, to: Int64) throws {
        try execute("UPDATE meeting SET stakeholderId = ? WHERE stakeholderId = ?", [to, from])
        try execute("UPDATE objection SET stakeholderId = ? WHERE stakeholderId = ?", [to, from])
        try execute("UPDATE stanceChange SET stakeholderId = ? WHERE stakeholderId = ?", [to, from])
        try execute("""
            INSERT INTO winStakeholder(winId, stakeholderId) SELECT winId, ? FROM winStakeholder WHERE stakeholderId = ?
            ON CONFLICT DO NOTHING
            """, [to, from])
        try execute("DELETE FROM winStakeholder WHERE stakeholderId = ?", [from])
        try reassignInfluences(from: from, to: to)
    }

    func deleteStakeholder(id: Int64) throws {
        // Meetings first: the schema refuses to orphan them (next steps go with each).
        try deleteNotesAndQuotes(ofMeetingsWhere: "stakeholderId = ?", [id])
        try execute("DELETE FROM meeting WHERE stakeholderId = ?", [id])
        try execute("DELETE FROM stakeholder WHERE id = ?", [id])
    }
}

extension NameMatch {
    /// The condition on `foldedName`; its one argument is the typed name as a LIKE literal
    /// (`SQLPattern.literal`).
    var condition: String {
        switch self {
        case .wholeWord: return "(' ' || foldedName || ' ') LIKE '% ' || ? || ' %' ESCAPE '\\'"
        case .prefix: return "foldedName LIKE ? || '%' ESCAPE '\\'"
        case .wordPrefix: return "(' ' || foldedName) LIKE '% ' || ? || '%' ESCAPE '\\'"
        }
    }
}

enum SQLPattern {
    /// Text to find as it is inside a LIKE pattern: its wildcards and the escape character escaped.
    static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

extension MappedStakeholder {
    static let selection = """
        SELECT s.id, s.name, s.role, s.department, s.email, s.influence, s.interest,
               cs.targetStance, cs.initialStance,
               (SELECT count(*) FROM meeting m WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId),
               (SELECT max(m.day) FROM meeting m WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId),
               (SELECT coalesce(m.stanceBefore, m.stanceAfter) FROM meeting m
                 WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId ORDER BY m.day, m.id LIMIT 1),
               cs.decisionRole, cs.hasVeto,
               \(CurrentStance.columns(person: "s.id", campaign: "cs.campaignId"))
        FROM campaignStakeholder cs JOIN stakeholder s ON s.id = cs.stakeholderId
        """

    /// Throwing decodes: a value edited by hand into the store becomes an error line, not a crash.
    /// Where they stand now comes from `CurrentStance`'s scalar subqueries, chosen in Swift: they
    /// cost SQLite a quarter of what one correlated UNION of both tables did to prepare
    /// (callgrind, `status` on 1,000 meetings: 35.7 M against 40.6 M).
    init(columns row: some ColumnRow) throws {
        let latest = try CurrentStance.decode(row, from: 14)
        self.init(id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1), role: try row.decode(atIndex: 2),
                  department: try row.decode(atIndex: 3), email: try row.decode(atIndex: 4),
                  influence: try row.decode(atIndex: 5), interest: try row.decode(atIndex: 6),
                  targetStance: try row.decode(atIndex: 7), initialStance: try row.decode(atIndex: 8),
                  meetingCount: try row.decode(atIndex: 9), lastMet: try row.decode(atIndex: 10),
                  firstMeetingStance: try row.decode(atIndex: 11), latestStanceAfter: latest,
                  decisionRole: try row.decode(atIndex: 12), hasVeto: try row.decode(atIndex: 13))
    }
}

extension TimelineEvent {
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
        UNION ALL
        SELECT campaignId, 'stance', id, day, '', '', NULL, stance, NULL, NULL
        FROM stanceChange WHERE stakeholderId = ?1
        ORDER BY 4, 2, 3
        """

    init(columns row: some ColumnRow) throws {
        self.init(campaignId: try row.decode(atIndex: 0), kind: Kind(rawValue: try row.decode(atIndex: 1)) ?? .meeting,
                  id: try row.decode(atIndex: 2), day: try row.decode(atIndex: 3), text: try row.decode(atIndex: 4),
                  outcome: try row.decode(atIndex: 5), stanceBefore: try row.decode(atIndex: 6), stanceAfter: try row.decode(atIndex: 7),
                  objectionStatus: try row.decode(atIndex: 8), due: try row.decode(atIndex: 9))
    }
}
