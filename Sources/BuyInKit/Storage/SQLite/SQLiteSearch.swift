import GRDB

extension SQLiteRecords: SearchRepository {
    func search(_ query: SearchQuery, kinds: [SearchHit.Kind], campaign: Int64?, limit: Int) throws -> [SearchHit] {
        let wanted = kinds.map { String($0.rawValue) }.joined(separator: ", ")
        var arguments: StatementArguments = [query.matchExpression]
        var inCampaign = ""
        if let campaign {
            inCampaign = "WHERE found.campaignId = ?"
            arguments += [campaign]
        }
        arguments += [limit]
        let rows = try Row.fetchCursor(db, sql: """
            WITH hit AS MATERIALIZED (
                SELECT rowid >> 3 AS id, rowid & 7 AS kind, rank FROM \(SearchIndexSchema.table)
                WHERE \(SearchIndexSchema.table) MATCH ? AND (rowid & 7) IN (\(wanted))
            ), found AS (
                SELECT hit.kind, m.id, m.campaignId, m.day, m.stakeholderId,
                       m.summary || char(10) || m.outcome AS text, hit.rank
                FROM hit JOIN meeting m ON m.id = hit.id WHERE hit.kind = 1
                UNION ALL
                SELECT hit.kind, o.id, o.campaignId, o.raisedOn, o.stakeholderId,
                       o.text || char(10) || o.concern || char(10) || o.response, hit.rank
                FROM hit JOIN objection o ON o.id = hit.id WHERE hit.kind = 2
                UNION ALL
                SELECT hit.kind, w.id, w.campaignId, w.day, NULL, w.text, hit.rank
                FROM hit JOIN win w ON w.id = hit.id WHERE hit.kind = 3
                UNION ALL
                SELECT hit.kind, x.id, x.campaignId, x.day, NULL, x.label || char(10) || x.source, hit.rank
                FROM hit JOIN metric x ON x.id = hit.id WHERE hit.kind = 4
                UNION ALL
                SELECT hit.kind, m.id, m.campaignId, m.day, m.stakeholderId, n.text, hit.rank
                FROM hit JOIN meetingNote n ON n.id = hit.id JOIN meeting m ON m.id = n.meetingId WHERE hit.kind = 5
                UNION ALL
                SELECT hit.kind, m.id, m.campaignId, m.day, m.stakeholderId, q.text, hit.rank
                FROM hit JOIN meetingQuote q ON q.id = hit.id JOIN meeting m ON m.id = q.meetingId WHERE hit.kind = 6
            )
            SELECT found.kind, found.id, c.slug, c.title, found.day, s.name, found.text
            FROM found JOIN campaign c ON c.id = found.campaignId LEFT JOIN stakeholder s ON s.id = found.stakeholderId
            \(inCampaign)
            ORDER BY found.rank, found.day DESC, found.id DESC LIMIT ?
            """, arguments: arguments)
        var hits: [SearchHit] = []
        while let row = try rows.next() {
            guard let kind = SearchHit.Kind(rawValue: row[0]) else { continue }
            hits.append(SearchHit(kind: kind, id: row[1], campaignSlug: row[2], campaignTitle: row[3], day: row[4],
                                  stakeholder: row[5], text: row[6]))
        }
        return hits
    }
}
