import GRDB

/// A campaign in a listing.
public struct CampaignSummary: Codable, Sendable, Equatable {
    public var slug: String
    public var title: String
    public var createdOn: Day
    public var decideBy: Day?
    public var isCurrent: Bool
    public var decision: DecisionOutcome?
}

extension Store {
    static let currentCampaignKey = "currentCampaign"

    /// Creates a campaign and makes it the current one.
    public func startCampaign(title: String, author: String, circle: GoldenCircle.Change, today: Day) throws -> Campaign {
        let title = title.trimmed
        guard !title.isEmpty else { throw BuyInError.emptyText(field: "title") }
        return try write { db in
            let base = Slug.make(from: title)
            var slug = base
            var suffix = 2
            while try Campaign.filter(Column("slug") == slug).fetchCount(db) > 0 {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            var campaign = Campaign(slug: slug, title: title, author: author, createdOn: today)
            campaign.apply(circle)
            try campaign.insert(db)
            try Self.setCurrent(db, campaign)
            return campaign
        }
    }

    static func setCurrent(_ db: Database, _ campaign: Campaign) throws {
        try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [currentCampaignKey, campaign.slug])
    }

    /// The campaign a command works on: the one named, else the current one.
    public func campaign(_ slug: String?) throws -> Campaign {
        try read { db in try Self.campaign(db, slug) }
    }

    static func campaign(_ db: Database, _ slug: String?) throws -> Campaign {
        if let slug {
            // Plain SQL: every command looks its campaign up, and the query builder costs more than the query.
            // The slug as typed, or the title (whose slug it would be).
            guard let campaign = try Campaign.fetchOne(db, sql: "SELECT * FROM campaign WHERE slug IN (?, ?) ORDER BY slug = ? DESC LIMIT 1",
                                                       arguments: [slug.trimmed.lowercased(), Slug.make(from: slug), slug.trimmed.lowercased()]) else {
                throw BuyInError.unknownCampaign(slug)
            }
            return campaign
        }
        if let campaign = try Campaign.fetchOne(db, sql: """
            SELECT campaign.* FROM setting JOIN campaign ON campaign.slug = setting.value WHERE setting.key = ?
            """, arguments: [currentCampaignKey]) {
            return campaign
        }
        // No current campaign recorded (or it is gone): the most recent one, if any.
        guard let latest = try Campaign.fetchOne(db, sql: "SELECT * FROM campaign ORDER BY id DESC LIMIT 1") else { throw BuyInError.noCampaign }
        return latest
    }

    /// Makes a campaign the current one.
    public func useCampaign(_ slug: String) throws -> Campaign {
        try write { db in
            let campaign = try Self.campaign(db, slug)
            try Self.setCurrent(db, campaign)
            return campaign
        }
    }

    public func campaigns() throws -> [CampaignSummary] {
        try read { db in
            let current = try? Self.campaign(db, nil)
            let rows = try Row.fetchAll(db, sql: """
                SELECT campaign.slug, campaign.title, campaign.createdOn, campaign.decideBy, decision.outcome
                FROM campaign LEFT JOIN decision
                    ON decision.id = (SELECT max(id) FROM decision AS latest WHERE latest.campaignId = campaign.id)
                ORDER BY campaign.id
                """)
            return try rows.map { row in
                let slug: String = try row.decode(forColumn: "slug")
                return CampaignSummary(slug: slug, title: try row.decode(forColumn: "title"), createdOn: try row.decode(forColumn: "createdOn"),
                                       decideBy: try row.decode(forColumn: "decideBy"), isCurrent: slug == current?.slug,
                                       decision: try row.decode(forColumn: "outcome"))
            }
        }
    }

    /// Updates the golden circle and the ask; returns the campaign as stored.
    public func updateCircle(of slug: String?, _ change: GoldenCircle.Change) throws -> Campaign {
        try write { db in
            var campaign = try Self.campaign(db, slug)
            campaign.apply(change)
            try campaign.update(db)
            return campaign
        }
    }

    public func addGoal(to slug: String?, _ goal: Goal) throws -> Goal {
        guard !goal.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "goal") }
        return try write { db in
            var goal = goal
            goal.campaignId = try Self.campaign(db, slug).id!
            try goal.insert(db)
            return goal
        }
    }

    public func goals(of slug: String?) throws -> [Goal] {
        try read { db in try Goal.filter(Column("campaignId") == Self.campaign(db, slug).id!).order(Column("id")).fetchAll(db) }
    }
}
