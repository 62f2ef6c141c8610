import GRDB

extension Store {
    public func addWin(text: String, day: Day, kind: WinKind, people: [String], campaign slug: String?) throws -> WinView {
        guard !text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "win") }
        return try write { db in
            let campaign = try Self.campaign(db, slug)
            var win = Win(campaignId: campaign.id!, day: day, text: text.trimmed, kind: kind)
            try win.insert(db)
            for name in people {
                let person = try Self.stakeholder(db, name)
                try WinStakeholder(winId: win.id!, stakeholderId: person.id!).insert(db, onConflict: .ignore)
            }
            return try Self.wins(db, campaign.id!, only: win.id).first!
        }
    }

    public func wins(in slug: String?) throws -> [WinView] {
        try read { db in try Self.wins(db, Self.campaign(db, slug).id!, only: nil) }
    }

    /// One win, or the latest when no id is given.
    public func win(_ id: Int64?, in campaignID: Int64) throws -> WinView? {
        try read { db in
            if let id {
                guard let win = try Self.wins(db, campaignID, only: id).first else { throw BuyInError.unknownRecord(kind: .win, id: id) }
                return win
            }
            return try Self.wins(db, campaignID, only: nil).last
        }
    }

    static func wins(_ db: Database, _ campaignID: Int64, only id: Int64?) throws -> [WinView] {
        var request = Win.filter(Column("campaignId") == campaignID)
        if let id { request = request.filter(Column("id") == id) }
        let wins = try request.order(Column("day"), Column("id")).fetchAll(db)
        var people: [Int64: [String]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT ws.winId, s.name FROM winStakeholder ws JOIN win w ON w.id = ws.winId JOIN stakeholder s ON s.id = ws.stakeholderId
            WHERE w.campaignId = ? ORDER BY s.foldedName
            """, arguments: [campaignID])
        for row in rows { people[row["winId"], default: []].append(row["name"]) }
        return wins.map { WinView(id: $0.id!, day: $0.day, text: $0.text, kind: $0.kind, people: people[$0.id!] ?? []) }
    }

    public func addMetric(_ metric: Metric, campaign slug: String?) throws -> Metric {
        guard !metric.label.trimmed.isEmpty else { throw BuyInError.emptyText(field: "label") }
        return try write { db in
            var metric = metric
            metric.campaignId = try Self.campaign(db, slug).id!
            metric.label = metric.label.trimmed
            try metric.insert(db)
            return metric
        }
    }

    public func metrics(in slug: String?) throws -> [Metric] {
        try read { db in try Metric.filter(Column("campaignId") == Self.campaign(db, slug).id!).order(Column("id")).fetchAll(db) }
    }

    /// Records a decision of a campaign; earlier ones stay, with their lessons.
    public func recordDecision(_ decision: Decision) throws -> Decision {
        try write { db in
            var decision = decision
            try decision.insert(db)
            return decision
        }
    }

    /// The decision in force and the earlier ones.
    public func decisions(of campaignID: Int64) throws -> DecisionHistory {
        try read { db in try DecisionHistory(Decision.history(campaign: campaignID, db)) }
    }
}
