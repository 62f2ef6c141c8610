#if TeamStore
import GRDB

/// The repositories (`Records/Repositories.swift`) over one PostgreSQL connection, inside the
/// transaction `PostgresStore` opened. The statements are SQLite's where both servers read them
/// alike (`?` placeholders are numbered for PostgreSQL); records decode through the same GRDB
/// code as from SQLite, so a record reads the same from either store.
struct PostgresRecords {
    let connection: PostgresConnection

    func all<T: FetchableRecord>(_ type: T.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> [T] {
        try connection.query(sql, arguments).rows.map { try T(row: $0.grdbRow) }
    }

    func one<T: FetchableRecord>(_ type: T.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> T? {
        try connection.query(sql, arguments).rows.first.map { try T(row: $0.grdbRow) }
    }

    /// The first column of the first row.
    func value<T: DatabaseValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> T? {
        try connection.query(sql, arguments).rows.first.map { try $0.decode(T.self, atIndex: 0) }
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> Int {
        try connection.query(sql, arguments).changes
    }

    /// Inserts a record by the columns it encodes (its id left to the server) and returns the id
    /// the server gave it.
    func insertRecord<R: EncodableRecord & TableRecord>(_ record: R) throws -> Int64 {
        let columns = try record.databaseDictionary.filter { $0.key != "id" || !$0.value.isNull }.sorted { $0.key < $1.key }
        let placeholders = (1...columns.count).map { "$\($0)" }.joined(separator: ", ")
        let sql = "INSERT INTO \(R.databaseTableName) (\(columns.map(\.key).joined(separator: ", "))) VALUES (\(placeholders)) RETURNING id"
        return try connection.run(sql, columns.map(\.value)).rows[0].decode(Int64.self, atIndex: 0)
    }

    /// Writes every column a record encodes over the row with its id.
    func updateRecord<R: EncodableRecord & TableRecord>(_ record: R, id: Int64?) throws {
        guard let id else { throw BuyInError.internalError("update of \(R.databaseTableName) without an id") }
        let columns = try record.databaseDictionary.filter { $0.key != "id" }.sorted { $0.key < $1.key }
        let assignments = columns.enumerated().map { "\($0.element.key) = $\($0.offset + 1)" }.joined(separator: ", ")
        let sql = "UPDATE \(R.databaseTableName) SET \(assignments) WHERE id = $\(columns.count + 1)"
        _ = try connection.run(sql, columns.map(\.value) + [id.databaseValue])
    }

    /// Reads rows by column position, with a decoder for each.
    func rows<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [], _ decode: (PostgresRow) throws -> T) throws -> [T] {
        try connection.query(sql, arguments).rows.map(decode)
    }
}
#endif
