import GRDB

extension SQLiteRecords {
    /// SQLite's own: ranked by its full-text index (`SearchIndexSchema`), whose row ids say
    /// which kind of text each hit is and which row holds it.
    func search(_ query: SearchQuery, kinds: [SearchHit.Kind], campaign: Int64?, limit: Int) throws -> [SearchHit] {
        let sources = SearchSource.of(kinds)
        let wanted = Set(sources.map { ($0.indexedAs ?? $0.kind).rawValue }).sorted().map(String.init).joined(separator: ", ")
        let found = sources.map { source in
            """
            SELECT \(source.kind.rawValue), \(source.place), \(source.body(prefix: "t.", newline: dialect.newline)) AS text, hit.rank
            FROM hit JOIN \(source.table) t ON t.id = hit.id \(source.meetingJoin)
            WHERE hit.kind = \((source.indexedAs ?? source.kind).rawValue) \(source.condition(joinedWith: "AND"))
            """
        }
        var arguments: [(any DatabaseValueConvertible)?] = [query.matchExpression]
        var inCampaign = ""
        if let campaign {
            inCampaign = "WHERE found.campaignId = ?"
            arguments.append(campaign)
        }
        arguments.append(limit)
        guard !sources.isEmpty else { return [] }
        return try fetch("""
            WITH hit AS MATERIALIZED (
                SELECT rowid >> 3 AS id, rowid & 7 AS kind, rank FROM \(SearchIndexSchema.table)
                WHERE \(SearchIndexSchema.table) MATCH ? AND (rowid & 7) IN (\(wanted))
            ), found(kind, id, campaignId, day, stakeholderId, text, rank) AS (
                \(found.joined(separator: "\nUNION ALL\n"))
            )
            \(SearchSource.selection)
            \(inCampaign)
            ORDER BY found.rank, found.day DESC, found.id DESC LIMIT ?
            """, arguments) { try SearchHit(columns: $0) }.compactMap { $0 }
    }
}
