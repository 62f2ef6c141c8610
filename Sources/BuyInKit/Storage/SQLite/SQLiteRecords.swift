import GRDB

/// The repositories (`Records/Repositories.swift`) over one SQLite connection, inside the
/// transaction `SQLiteStore` opened. The statements are the shared ones (`Storage/Shared/`);
/// this gives them GRDB to run on, and holds what only SQLite does: its search index
/// (`SQLiteSearch`, `SQLiteTransfer`).
struct SQLiteRecords: SQLRecords {
    let db: Database

    var dialect: SQLDialect { SQLDialect(settingKey: "key", newline: "char(10)") }

    /// A read is prepared each time: a command reads each thing once, and GRDB's statement
    /// cache costs more to set up than it saves then (perf, callgrind: `status` 0.2 M).
    func fetch<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ decode: (Row) throws -> T) throws -> [T] {
        let rows = try Row.fetchCursor(db.makeStatement(sql: sql), arguments: StatementArguments(arguments))
        var result: [T] = []
        while let row = try rows.next() { result.append(try decode(row)) }
        return result
    }

    /// The first row only, with no list made: each list type made costs its first use a
    /// lookup of the type at run time (perf, callgrind: `status` 0.4 M).
    func fetchFirst<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ decode: (Row) throws -> T) throws -> T? {
        let rows = try Row.fetchCursor(db.makeStatement(sql: sql), arguments: StatementArguments(arguments))
        // A cursor's row reads from its statement: it is decoded while the cursor is still there.
        return try withExtendedLifetime(rows) { try rows.next().map(decode) }
    }

    func fetchRecords<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Record] {
        try Record.fetchAll(db.makeStatement(sql: sql), arguments: StatementArguments(arguments))
    }

    func forEachRecord<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?],
                                               _ body: (Record) throws -> Void) throws {
        let records = try Record.fetchCursor(db.makeStatement(sql: sql), arguments: StatementArguments(arguments))
        while let record = try records.next() { try body(record) }
    }

    func fetchRecord<Record: FetchableRecord>(_ type: Record.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Record? {
        try Record.fetchOne(db.makeStatement(sql: sql), arguments: StatementArguments(arguments))
    }

    /// A write is prepared once per connection and kept: `import` runs the same few thousands of
    /// times (perf: parsing a note's INSERT each time was a third of importing 10,000 meetings,
    /// 2.9 s, then 2.0 s).
    @discardableResult
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments))
        return db.changesCount
    }

    func insertRecord<Record: StoredRecord>(_ record: inout Record) throws -> Int64 {
        try record.insert(db)
        record.id = db.lastInsertedRowID
        return db.lastInsertedRowID
    }

    func updateRecord<Record: StoredRecord>(_ record: Record) throws { try record.update(db) }

    /// One person writes the file: every quote is theirs.
    func othersQuotes(meeting: Int64, shareable: Bool) throws -> [String] { [] }
}

extension SQLiteStore: RecordStore {
    /// Reads in one consistent snapshot (one read-only transaction), so that figures gathered by
    /// several queries agree even while another buyin writes.
    public func read<T>(_ work: (any Records) throws -> T) throws -> T {
        try guarded { try queue.read { db in try work(SQLiteRecords(db: db)) } }
    }

    /// Writes in one immediate transaction: all of it lands, or none.
    public func write<T>(_ work: (any Records) throws -> T) throws -> T {
        if isReadOnly { throw BuyInError.readOnlyDatabase(path: path) }
        return try guarded {
            var result: T?
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    result = try work(SQLiteRecords(db: db))
                    return .commit
                }
            }
            guard let result else { throw BuyInError.internalError("write produced no result") }
            return result
        }
    }
}
