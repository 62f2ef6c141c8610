@testable import BuyInKit
import BuyInTestSupport
import Foundation
import GRDB
import Testing

/// Both stores keep the same record: the same tables and columns, the same keys, the same
/// rules on deletion, the same uniqueness and indexes, read modulo dialect (PostgreSQL folds
/// names to lower case). What the team store adds for its members is listed, and only that.
@Suite struct SchemaParityTests {
    /// The team store's own: who wrote each private row and each setting (its row-level
    /// security reads them), and meetings that keep another member's notes and quotes from
    /// going by cascade (`PostgresSchema.privateRows`).
    static let teamOnly: Set<String> = Set(tables.map { "column \($0).createdby not null" }).union([
        "primary key setting(createdby, key)",
        "foreign key meetingnote(meetingid) -> meeting(id) on delete restrict",
        "foreign key meetingquote(meetingid) -> meeting(id) on delete restrict",
    ])
    static let tables = ["campaign", "campaignstakeholder", "decision", "decisionoption", "followup", "goal", "ideachange", "influence", "meeting", "meetingnote",
                         "meetingquote", "metric", "objection", "setting", "stakeholder", "stancechange", "win", "winstakeholder"]
    /// SQLite's own: the same rows' cascade, and a setting per key of a person's own file.
    static let sqliteOnly: Set<String> = [
        "primary key setting(key)",
        "foreign key meetingnote(meetingid) -> meeting(id) on delete cascade",
        "foreign key meetingquote(meetingid) -> meeting(id) on delete cascade",
    ]

    @Test(.enabled(if: TeamDatabase.isAvailable)) func bothStoresKeepTheSameSchema() throws {
        let folder = TemporaryFolder()
        let path = folder.file("parity.sqlite")
        _ = try SQLiteStore(path: path)
        let sqlite = try Self.sqliteShape(path)
        let server = try TeamDatabase()
        _ = try PostgresStore(server.url())
        let postgres = try Self.postgresShape(server)
        #expect(sqlite.filter { $0.hasPrefix("table ") }.sorted() == Self.tables.map { "table \($0)" }, "every table was read")
        #expect(sqlite.subtracting(postgres).sorted() == Self.sqliteOnly.sorted(), "in SQLite only")
        #expect(postgres.subtracting(sqlite).sorted() == Self.teamOnly.sorted(), "on the team store only")
    }

    /// Tables, columns, keys and indexes of a SQLite file, as lines of text; neither the
    /// full-text index (the team store searches the tables) nor the migrations' own table.
    static func sqliteShape(_ path: String) throws -> Set<String> {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var shape = Set<String>()
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\(SearchIndexSchema.table)%'
                  AND name <> 'grdb_migrations'
                """)
            for table in tables {
                let name = table.lowercased()
                shape.insert("table \(name)")
                var key: [(Int, String)] = []
                for column in try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))") {
                    let columnName = (column["name"] as String).lowercased()
                    let primary: Int = column["pk"]
                    // An INTEGER PRIMARY KEY is NOT NULL in effect (it is the rowid), though SQLite's pragma says 0.
                    let notNull = (column["notnull"] as Int) == 1 || primary > 0
                    shape.insert("column \(name).\(columnName)\(notNull ? " not null" : "")")
                    if primary > 0 { key.append((primary, columnName)) }
                }
                shape.insert("primary key \(name)(\(key.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ", ")))")
                for foreign in try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table))") {
                    let target = (foreign["table"] as String).lowercased()
                    let from = (foreign["from"] as String).lowercased()
                    let to = (foreign["to"] as String? ?? "id").lowercased()
                    let rule = (foreign["on_delete"] as String).lowercased()
                    shape.insert("foreign key \(name)(\(from)) -> \(target)(\(to)) on delete \(rule == "no action" ? "restrict" : rule)")
                }
                for index in try Row.fetchAll(db, sql: "PRAGMA index_list(\(table))") where (index["origin"] as String) != "pk" {
                    let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [index["name"] as String])
                    let unique = (index["unique"] as Int) == 1
                    shape.insert("\(unique ? "unique" : "index") \(name)(\(columns.map { $0.lowercased() }.joined(separator: ", ")))")
                }
            }
            return shape
        }
    }

    /// The same, of the team store's tables, read from PostgreSQL's catalog.
    static func postgresShape(_ server: TeamDatabase) throws -> Set<String> {
        let rows = try server.psql("""
            SELECT 'table ' || c.relname FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'buyin_migration'
            UNION ALL
            SELECT 'column ' || c.relname || '.' || a.attname || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
              FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'buyin_migration'
               AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'primary key ' || c.relname || '(' ||
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num) || ')'
              FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
             WHERE con.contype = 'p' AND c.relnamespace = 'public'::regnamespace AND c.relname <> 'buyin_migration'
            UNION ALL
            SELECT 'foreign key ' || c.relname || '(' || a.attname || ') -> ' || t.relname || '(' || ta.attname || ') on delete ' ||
                   CASE con.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'd' THEN 'set default' ELSE 'restrict' END
              FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class t ON t.oid = con.confrelid
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
              JOIN pg_attribute ta ON ta.attrelid = t.oid AND ta.attnum = con.confkey[1]
             WHERE con.contype = 'f' AND c.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT CASE WHEN i.indisunique THEN 'unique ' ELSE 'index ' END || c.relname || '(' ||
                   (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num) || ')'
              FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
             WHERE NOT i.indisprimary AND c.relnamespace = 'public'::regnamespace AND c.relname <> 'buyin_migration'
            """)
        return Set(rows.split(separator: "\n").map { String($0).lowercased() })
    }
}
