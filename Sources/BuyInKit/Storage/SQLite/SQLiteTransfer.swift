import GRDB

extension SQLiteRecords {
    /// The search index's insert triggers are set aside for the work and the new rows indexed
    /// in one statement per table, all in the command's transaction. Why (perf, importing 10,000
    /// meetings with their notes and quotes): FTS5 flushes its pending terms at each statement's
    /// savepoint, so a trigger per row wrote and merged a segment per row, 3.4 s of 5.1 s.
    /// Ids only grow, so the rows added are those above each table's largest id before.
    func addingInBulk<T>(_ work: () throws -> T) throws -> T {
        var largest: [String: Int64] = [:]
        for source in SearchSource.all {
            largest[source.table] = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(source.table)") ?? 0
            try db.execute(sql: "DROP TRIGGER \(SearchIndexSchema.insertTriggerName(for: source))")
        }
        let result = try work()
        for source in SearchSource.all {
            try db.execute(sql: SearchIndexSchema.insertTrigger(for: source))
            try db.execute(sql: SearchIndexSchema.index(source, after: largest[source.table] ?? 0))
        }
        return result
    }
}
