import GRDB

extension SQLiteRecords: OptionRepository {
    func insert(_ option: inout DecisionOption) throws { try option.insert(db) }

    func option(id: Int64, campaign: Int64) throws -> DecisionOption? {
        try DecisionOption.fetchOne(db, sql: "SELECT * FROM decisionOption WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
    }

    func update(_ option: DecisionOption) throws { try option.update(db) }

    func options(campaign: Int64) throws -> [DecisionOption] {
        try DecisionOption.fetchAll(db, sql: "SELECT * FROM decisionOption WHERE campaignId = ? ORDER BY id", arguments: [campaign])
    }

    func unrecommendOptions(campaign: Int64, except id: Int64) throws {
        try db.execute(sql: "UPDATE decisionOption SET isRecommended = 0 WHERE campaignId = ? AND id <> ? AND isRecommended",
                       arguments: [campaign, id])
    }
}
