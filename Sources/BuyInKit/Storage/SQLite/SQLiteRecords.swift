import GRDB

/// The repositories (`Records/Repositories.swift`) over one SQLite connection, inside the
/// transaction `Store` opened. Plain SQL where the query builder cost more than the query (it
/// first asks SQLite for the table's primary key); each SELECT read by column position sits
/// beside its decoder, as `static let selection` on the type it fills.
struct SQLiteRecords {
    let db: Database
}

extension Store: RecordStore {
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
