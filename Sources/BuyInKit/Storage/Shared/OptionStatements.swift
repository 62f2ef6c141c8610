import GRDB

extension SQLRecords {
    func insert(_ option: inout DecisionOption) throws -> Int64 { try insertRecord(&option) }

    func option(id: Int64, campaign: Int64) throws -> DecisionOption? {
        try fetchOne(DecisionOption.self, "SELECT * FROM decisionOption WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ option: DecisionOption) throws { try updateRecord(option) }

    func options(campaign: Int64) throws -> [DecisionOption] {
        try fetchAll(DecisionOption.self, "SELECT * FROM decisionOption WHERE campaignId = ? ORDER BY id", [campaign])
    }

    func unrecommendOptions(campaign: Int64, except id: Int64) throws {
        try execute("UPDATE decisionOption SET isRecommended = false WHERE campaignId = ? AND id <> ? AND isRecommended", [campaign, id])
    }
}
