import GRDB

/// The full-text index behind `buyin search`: one SQLite FTS5 table kept by triggers, so that
/// every write that changes a searched text changes the index in the same transaction, whatever
/// command (or future command) made it.
///
/// Each indexed text is one row whose rowid says where it came from: the record's id times
/// eight plus its `SearchHit.Kind`, so that a trigger reaches its row by rowid instead of
/// scanning the index.
enum SearchIndexSchema {
    static let table = "searchText"

    /// The tokenizer lowercases and removes accents ("réticence" ~ "reticence") in both the
    /// index and the query. Ligatures are no accent to it: the query asks for both spellings
    /// (`SearchQuery`), which keeps the triggers plain — every command parses them when it
    /// opens the database (callgrind: nesting `replace()` for each ligature cost 0.7 M of
    /// `status`'s 32 M instructions).
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE \(table) USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')
            """)
        for source in SearchSource.all {
            try db.execute(sql: triggers(for: source))
            try db.execute(sql: index(source, after: 0))
        }
    }

    /// Indexes a table's rows with an id above `id` (all of them after 0).
    static func index(_ source: SearchSource, after id: Int64) -> String {
        """
        INSERT INTO \(table)(rowid, body)
        SELECT id * 8 + \(source.kind.rawValue), \(source.body(prefix: "", newline: "char(10)")) FROM \(source.table) WHERE id > \(id)
        """
    }

    static func triggers(for source: SearchSource) -> String {
        let name = "\(source.table)_search"
        let delete = "DELETE FROM \(table) WHERE rowid = old.id * 8 + \(source.kind.rawValue);"
        return """
            \(insertTrigger(for: source))
            CREATE TRIGGER \(name)_update AFTER UPDATE OF \(source.columns.joined(separator: ", ")) ON \(source.table)
                BEGIN \(delete) \(insertRow(source)) END;
            CREATE TRIGGER \(name)_delete AFTER DELETE ON \(source.table) BEGIN \(delete) END;
            """
    }

    static func insertTriggerName(for source: SearchSource) -> String { "\(source.table)_search_insert" }

    static func insertTrigger(for source: SearchSource) -> String {
        "CREATE TRIGGER \(insertTriggerName(for: source)) AFTER INSERT ON \(source.table) BEGIN \(insertRow(source)) END;"
    }

    private static func insertRow(_ source: SearchSource) -> String {
        "INSERT INTO \(table)(rowid, body) VALUES (new.id * 8 + \(source.kind.rawValue), \(source.body(prefix: "new.", newline: "char(10)")));"
    }
}
