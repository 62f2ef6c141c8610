import GRDB

extension SQLRecords {
    func insert(_ win: inout Win) throws -> Int64 { try insertRecord(&win) }

    func link(win: Int64, stakeholder: Int64) throws {
        try execute("INSERT INTO winStakeholder(winId, stakeholderId) VALUES (?, ?) ON CONFLICT DO NOTHING", [win, stakeholder])
    }

    func win(id: Int64, campaign: Int64) throws -> Win? { try fetchOne(Win.self, "SELECT * FROM win WHERE id = ? AND campaignId = ?", [id, campaign]) }

    func update(_ win: Win) throws { try updateRecord(win) }

    func unlinkPeople(win: Int64) throws { try execute("DELETE FROM winStakeholder WHERE winId = ?", [win]) }

    func wins(campaign: Int64, only id: Int64?) throws -> [WinView] {
        let wins = id == nil
            ? try fetch(WinView.selection + " WHERE campaignId = ? ORDER BY day, id", [campaign]) { try WinView(columns: $0) }
            : try fetch(WinView.selection + " WHERE campaignId = ? AND id = ?", [campaign, id]) { try WinView(columns: $0) }
        var people: [Int64: [String]] = [:]
        let named = try fetch("""
            SELECT ws.winId, s.name FROM winStakeholder ws JOIN win w ON w.id = ws.winId JOIN stakeholder s ON s.id = ws.stakeholderId
            WHERE w.campaignId = ? ORDER BY s.foldedName
            """, [campaign]) { (try $0.decode(Int64.self, atIndex: 0), try $0.decode(String.self, atIndex: 1)) }
        for (win, name) in named { people[win, default: []].append(name) }
        return wins.map { win in
            var win = win
            win.people = people[win.id] ?? []
            return win
        }
    }

    func insert(_ metric: inout Metric) throws -> Int64 { try insertRecord(&metric) }

    func metric(id: Int64, campaign: Int64) throws -> Metric? {
        try fetchOne(Metric.self, "SELECT * FROM metric WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ metric: Metric) throws { try updateRecord(metric) }

    func metrics(campaign: Int64) throws -> [Metric] { try fetchAll(Metric.self, "SELECT * FROM metric WHERE campaignId = ? ORDER BY id", [campaign]) }
}

extension WinView {
    /// A win without its people, whom `wins` adds from a second statement.
    static let selection = "SELECT id, day, text, kind FROM win"

    init(columns row: some ColumnRow) throws {
        self.init(id: try row.decode(atIndex: 0), day: try row.decode(atIndex: 1), text: try row.decode(atIndex: 2),
                  kind: try row.decode(atIndex: 3), people: [])
    }
}
