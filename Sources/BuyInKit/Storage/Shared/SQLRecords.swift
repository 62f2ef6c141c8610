import GRDB

/// The repositories (`Records/Repositories.swift`) written once, for both stores. Each store's
/// records (`SQLiteRecords`, `PostgresRecords`) conform by giving the few things below that
/// differ: how a statement runs, how a record is inserted and updated, and the `dialect`. Every
/// statement in `Storage/Shared/` is then the one both stores run; what only one store does
/// (SQLite's search index, the team store's row-level security and member's own rows) stays
/// in that store's folder, named as such.
///
/// sql-kit's `SQLDialect` is the model; the statements are plain SQL both servers read alike:
/// `?` and `?N` placeholders (numbered for PostgreSQL by its connection), `true`/`false`,
/// `ON CONFLICT … DO …` (SQLite ≥ 3.24).
protocol SQLRecords: Records {
    associatedtype ResultRow: ColumnRow

    /// How this store's SQL differs from the other's.
    var dialect: SQLDialect { get }

    /// Runs one SELECT and decodes each row by column position.
    func fetch<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ decode: (ResultRow) throws -> T) throws -> [T]

    /// Runs one SELECT and decodes its first row by column position, if there is one.
    func fetchFirst<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ decode: (ResultRow) throws -> T) throws -> T?

    /// Runs one SELECT and decodes each row by column name (`SELECT *` into a record).
    func fetchRecords<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Record]

    /// The same, handing each record to `body` as it is read rather than keeping them all.
    func forEachRecord<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?],
                                               _ body: (Record) throws -> Void) throws

    /// The same, of the first row only.
    func fetchRecord<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Record?

    /// Runs one statement that changes rows; returns how many it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Int

    /// Inserts a record by the columns it encodes, gives it the id the store chose, and returns it.
    func insertRecord<Record: StoredRecord>(_ record: inout Record) throws -> Int64

    /// Writes every column a record encodes over the row with its id.
    func updateRecord<Record: StoredRecord>(_ record: Record) throws
}

/// What is not the same SQL on both stores, and cannot be written so.
struct SQLDialect: Sendable {
    /// The columns a setting is unique by: the key in a person's own file; the member and the
    /// key on the team store, where each member has their own current campaign.
    let settingKey: String
    /// A line break inside an expression: SQLite's `char(10)`, PostgreSQL's `chr(10)`.
    let newline: String
}

/// A row the store keeps with an id it chooses at insertion: nil before, always set once read
/// back. `storedID()` says so where a record read from the store is used by its id.
public protocol StoredRecord: FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get set }
}

extension StoredRecord {
    public func storedID() throws -> Int64 {
        guard let id else { throw BuyInError.internalError("a \(Self.self) read from the store without its id") }
        return id
    }
}

extension Campaign: StoredRecord {}
extension Goal: StoredRecord {}
extension Stakeholder: StoredRecord {}
extension Meeting: StoredRecord {}
extension MeetingQuote: StoredRecord {}
extension FollowUp: StoredRecord {}
extension IdeaChange: StoredRecord {}
extension StanceChange: StoredRecord {}
extension Objection: StoredRecord {}
extension Win: StoredRecord {}
extension Metric: StoredRecord {}
extension DecisionOption: StoredRecord {}
extension Decision: StoredRecord {}

extension SQLRecords {
    func fetchOne<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> Record? {
        try fetchRecord(type, sql, arguments)
    }

    func fetchAll<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> [Record] {
        try fetchRecords(type, sql, arguments)
    }

    /// The first column of the first row, if there is a row.
    func value<Value: DatabaseValueConvertible>(_ type: Value.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> Value? {
        try fetchFirst(sql, arguments) { try $0.decode(Value.self, atIndex: 0) }
    }

    /// The first column of every row.
    func values<Value: DatabaseValueConvertible>(_ type: Value.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> [Value] {
        try fetch(sql, arguments) { try $0.decode(Value.self, atIndex: 0) }
    }

    // The same for values SQLite hands over straight from the statement (`ColumnRow`).
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, _ sql: String,
                                                                            _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> Value? {
        try fetchFirst(sql, arguments) { try $0.decode(Value.self, atIndex: 0) }
    }

    func values<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, _ sql: String,
                                                                             _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> [Value] {
        try fetch(sql, arguments) { try $0.decode(Value.self, atIndex: 0) }
    }
}
