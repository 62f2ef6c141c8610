#if TeamStore
import GRDB

/// The repositories (`Records/Repositories.swift`) over one PostgreSQL connection, inside the
/// transaction `PostgresStore` opened. The statements are the shared ones (`Storage/Shared/`);
/// this runs them through libpq, and holds what only the team store does: each member's own
/// quotes, and search over the tables themselves (`PostgresSearch`).
struct PostgresRecords: SQLRecords {
    let connection: PostgresConnection

    var dialect: SQLDialect { SQLDialect(settingKey: "createdBy, key", newline: "chr(10)") }

    func fetch<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ decode: (PostgresRow) throws -> T) throws -> [T] {
        try connection.query(sql, arguments).rows.map(decode)
    }

    func fetchFirst<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ decode: (PostgresRow) throws -> T) throws -> T? {
        try connection.query(sql, arguments).rows.first.map(decode)
    }

    /// Decoded through the same GRDB code as from SQLite, so a record reads the same from either store.
    func fetchRecords<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Record] {
        try connection.query(sql, arguments).rows.map { try Record(row: $0.grdbRow) }
    }

    /// libpq hands over the whole result at once; each record is still decoded only when its turn comes.
    func forEachRecord<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?],
                                               _ body: (Record) throws -> Void) throws {
        for row in try connection.query(sql, arguments).rows { try body(try Record(row: row.grdbRow)) }
    }

    func fetchRecord<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Record? {
        try connection.query(sql, arguments).rows.first.map { try Record(row: $0.grdbRow) }
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Int {
        try connection.query(sql, arguments).changes
    }

    /// Inserts by the columns the record encodes (its id left to the server) and reads back the
    /// id the server gave it.
    func insertRecord<Record: StoredRecord>(_ record: inout Record) throws -> Int64 {
        let columns = try record.databaseDictionary.filter { $0.key != "id" || !$0.value.isNull }.sorted { $0.key < $1.key }
        let placeholders = (1...columns.count).map { "$\($0)" }.joined(separator: ", ")
        let sql = "INSERT INTO \(Record.databaseTableName) (\(columns.map(\.key).joined(separator: ", "))) VALUES (\(placeholders)) RETURNING id"
        let id = try connection.run(sql, columns.map(\.value)).rows[0].decode(Int64.self, atIndex: 0)
        record.id = id
        return id
    }

    func updateRecord<Record: StoredRecord>(_ record: Record) throws {
        guard let id = record.id else { throw BuyInError.internalError("update of \(Record.databaseTableName) without an id") }
        let columns = try record.databaseDictionary.filter { $0.key != "id" }.sorted { $0.key < $1.key }
        let assignments = columns.enumerated().map { "\($0.element.key) = $\($0.offset + 1)" }.joined(separator: ", ")
        let sql = "UPDATE \(Record.databaseTableName) SET \(assignments) WHERE id = $\(columns.count + 1)"
        _ = try connection.run(sql, columns.map(\.value) + [id.databaseValue])
    }

    /// The policies let a member delete only their own quotes: the others' stay whatever an
    /// edit asks, and the edit must know them.
    func othersQuotes(meeting: Int64, shareable: Bool) throws -> [String] {
        try values(String.self, "SELECT text FROM meetingQuote WHERE meetingId = ? AND isShareable = ? AND createdBy <> current_user ORDER BY id",
                   [meeting, shareable])
    }

    /// The team store searches the tables themselves: there is no index to bring up to date.
    func addingInBulk<T>(_ work: () throws -> T) throws -> T { try work() }
}
#endif
