import GRDB

extension SQLRecords {
    func insert(_ decision: inout Decision) throws -> Int64 { try insertRecord(&decision) }

    func decisions(campaign: Int64) throws -> [Decision] {
        try fetchAll(Decision.self, "SELECT * FROM decision WHERE campaignId = ? ORDER BY id", [campaign])
    }

    func latestDecision(campaign: Int64) throws -> Decision? {
        try fetchOne(Decision.self, "SELECT * FROM decision WHERE campaignId = ? ORDER BY id DESC LIMIT 1", [campaign])
    }
}
