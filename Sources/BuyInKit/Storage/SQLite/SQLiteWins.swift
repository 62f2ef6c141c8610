import GRDB

extension SQLiteRecords: WinRepository {
    func insert(_ win: inout Win) throws { try win.insert(db) }

    func link(win: Int64, stakeholder: Int64) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO winStakeholder(winId, stakeholderId) VALUES (?, ?)", arguments: [win, stakeholder])
    }

    func win(id: Int64, campaign: Int64) throws -> Win? {
        try Win.fetchOne(db, sql: "SELECT * FROM win WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
    }

    func update(_ win: Win) throws { try win.update(db) }

    func unlinkPeople(win: Int64) throws {
        try db.execute(sql: "DELETE FROM winStakeholder WHERE winId = ?", arguments: [win])
    }

    func wins(campaign: Int64, only id: Int64?) throws -> [WinView] {
        let wins = id == nil
            ? try Win.fetchAll(db, sql: "SELECT * FROM win WHERE campaignId = ? ORDER BY day, id", arguments: [campaign])
            : try Win.fetchAll(db, sql: "SELECT * FROM win WHERE campaignId = ? AND id = ?", arguments: [campaign, id])
        var people: [Int64: [String]] = [:]
        let rows = try Row.fetchAll(db, sql: SQLiteRecords.winPeopleSQL, arguments: [campaign])
        for row in rows { people[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1)) }
        return wins.map { WinView(id: $0.id!, day: $0.day, text: $0.text, kind: $0.kind, people: people[$0.id!] ?? []) }
    }

    /// Each win of a campaign with the name of one person in it. Argument: the campaign.
    static let winPeopleSQL = """
        SELECT ws.winId, s.name FROM winStakeholder ws JOIN win w ON w.id = ws.winId JOIN stakeholder s ON s.id = ws.stakeholderId
        WHERE w.campaignId = ? ORDER BY s.foldedName
        """

    func insert(_ metric: inout Metric) throws { try metric.insert(db) }

    func metric(id: Int64, campaign: Int64) throws -> Metric? {
        try Metric.fetchOne(db, sql: "SELECT * FROM metric WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
    }

    func update(_ metric: Metric) throws { try metric.update(db) }

    func metrics(campaign: Int64) throws -> [Metric] {
        try Metric.fetchAll(db, sql: "SELECT * FROM metric WHERE campaignId = ? ORDER BY id", arguments: [campaign])
    }
}

extension SQLiteRecords: DecisionRepository {
    func insert(_ decision: inout Decision) throws { try decision.insert(db) }

    func decisions(campaign: Int64) throws -> [Decision] {
        try Decision.fetchAll(db, sql: "SELECT * FROM decision WHERE campaignId = ? ORDER BY id", arguments: [campaign])
    }

    func latestDecision(campaign: Int64) throws -> Decision? {
        try Decision.fetchOne(db, sql: "SELECT * FROM decision WHERE campaignId = ? ORDER BY id DESC LIMIT 1", arguments: [campaign])
    }
}
