import GRDB

extension SQLRecords {
    func addInfluence(_ link: InfluenceLink) throws {
        try execute("INSERT INTO influence(influencerId, influencedId) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [link.influencerId, link.influencedId])
    }

    func removeInfluence(_ link: InfluenceLink) throws -> Bool {
        try execute("DELETE FROM influence WHERE influencerId = ? AND influencedId = ?", [link.influencerId, link.influencedId]) > 0
    }

    func influences() throws -> [InfluenceLink] {
        try fetch("SELECT influencerId, influencedId FROM influence ORDER BY influencerId, influencedId", []) {
            InfluenceLink(influencerId: try $0.decode(atIndex: 0), influencedId: try $0.decode(atIndex: 1))
        }
    }

    /// A merged person's links become the kept person's, but for a link between the two.
    func reassignInfluences(from: Int64, to: Int64) throws {
        try execute("""
            INSERT INTO influence(influencerId, influencedId) SELECT ?1, influencedId FROM influence
            WHERE influencerId = ?2 AND influencedId <> ?1 ON CONFLICT DO NOTHING
            """, [to, from])
        try execute("""
            INSERT INTO influence(influencerId, influencedId) SELECT influencerId, ?1 FROM influence
            WHERE influencedId = ?2 AND influencerId <> ?1 ON CONFLICT DO NOTHING
            """, [to, from])
        try execute("DELETE FROM influence WHERE influencerId = ?1 OR influencedId = ?1", [from])
    }
}
