import Foundation
import GRDB

/// The open buyin database: one SQLite file, owner-only, in WAL mode so that several `buyin`
/// processes can work on it at once. Every write is one immediate transaction: a command records
/// everything it was asked to, or nothing.
public final class SQLiteStore {
    public let path: String
    let queue: DatabaseQueue
    let isReadOnly: Bool
    private var lockDescriptor: Int32 = -1

    /// Opens the database at `path`, checking that it is a buyin database of a schema this
    /// version knows, and bringing it up to date. A missing database is created when `creating`
    /// (commands that record something); commands that only read say that there is none.
    /// `BUYIN_ALLOW_SHARED=1` in `environment` accepts a file in a folder others can write.
    public init(path: String, creating: Bool = true, environment: [String: String] = ProcessEnvironment.current) throws {
        self.path = path
        let file = DatabaseFile(path: path, allowsShared: environment["BUYIN_ALLOW_SHARED"] == "1")
        var ownerMayWrite = true
        switch try file.inspect(creating: creating) {
        case .missing, .empty:
            guard creating else { throw BuyInError.noDatabase(path: path) }
            try file.create(SQLiteStore.makeNew)
        case .present(let writable):
            ownerMayWrite = writable
        }
        // A file or folder its owner made read-only is opened read-only, even by root, whom the
        // kernel would let write: reading works, writing is refused with a clear message.
        isReadOnly = !ownerMayWrite
        do {
            queue = try DatabaseQueue(path: path, configuration: SQLiteStore.configuration(readOnly: isReadOnly))
        } catch {
            throw SQLiteStore.translate(error, path: path)
        }
        try prepare()
    }


    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        // Other buyin processes may be writing: wait for them rather than fail at once.
        configuration.busyMode = .timeout(30)
        configuration.label = "buyin"
        // Pages are read from the file's mapping rather than copied into SQLite's own cache: a
        // 1,000-meeting pre-read read ~360 pages with a system call and a fresh page of memory
        // each (perf: 100 page faults fewer, the pre-read 6-8% faster in A/B rounds). The mapping
        // is read-only (SQLite writes with write(2)), so it cannot corrupt the file. Only the first
        // 4 MB (a few thousand meetings) is mapped: each page of it read stays in the process's
        // memory, and a whole 10,000-meeting file mapped took `export` from 19 MB to 29 MB.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 4194304") }
        return configuration
    }

    /// Builds a complete new database at `temporary` (see `DatabaseFile.create`).
    static func makeNew(at temporary: String) throws {
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration(readOnly: false))
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try Schema.migrator.migrate(queue)
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA user_version = \(Schema.version)") }
            try queue.close()
        } catch {
            throw translate(error, path: temporary)
        }
    }

    deinit { closeConnection() }

    private func closeConnection() {
        try? queue.close()
        if lockDescriptor >= 0 { closeDescriptor(lockDescriptor) }
        lockDescriptor = -1
    }

    /// Closes the connection now (SQLite checkpoints its log into the file); the store is not
    /// usable afterwards.
    public func close() { closeConnection() }

    /// Refuses files that are not ours or come from a newer buyin, then migrates.
    /// Nothing is written to a file we refuse.
    private func prepare() throws {
        let migrator = Schema.migrator
        let needsMigration: Bool = try guarded {
            try queue.inDatabase { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if applicationID == Schema.applicationID && version == Schema.version { return false }
                if applicationID == Schema.applicationID && version > Schema.version { throw BuyInError.newerDatabase(path: path) }
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if try tableCount > 0 && applicationID != Schema.applicationID && !SQLiteStore.isHalfCreated(db) {
                    throw BuyInError.foreignDatabase(path: path)
                }
                if tableCount == 0 { return true }
                if try migrator.hasBeenSuperseded(db) { throw BuyInError.newerDatabase(path: path) }
                // A file made before the version was stamped: up to date, but without the
                // stamp that lets the next open take the one-read path. Stamp it then.
                return try !migrator.hasCompletedMigrations(db) || !isReadOnly
            }
        }
        guard needsMigration else { return }
        if isReadOnly { throw BuyInError.readOnlyDatabase(path: path) }
        // Two processes creating the same new database would both try to run the first migration;
        // an exclusive lock on the file makes the second wait and find the work done.
        lockDescriptor = open(path, O_RDONLY | O_CLOEXEC)
        if lockDescriptor >= 0 { _ = flock(lockDescriptor, LOCK_EX) }
        defer { if lockDescriptor >= 0 { _ = flock(lockDescriptor, LOCK_UN) } }
        try guarded {
            try queue.inDatabase { db in
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
                if mode.lowercased() != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            try migrator.migrate(queue)
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA user_version = \(Schema.version)") }
        }
    }

    /// What an older buyin killed during its first run left: GRDB's empty list of migrations
    /// and nothing else. Ours, and safe to complete.
    static func isHalfCreated(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        guard tables == ["grdb_migrations"] else { return false }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0
    }

    /// Runs database work and turns SQLite's refusals into our typed errors, in one place.
    func guarded<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw SQLiteStore.translate(error, path: path)
        }
    }

    static func translate(_ error: Error, path: String) -> Error {
        if error is BuyInError { return error }
        // A value buyin cannot read back (a day or word edited by hand into the file).
        if error is RowDecodingError { return BuyInError.corruptDatabase(path: path) }
        guard let databaseError = error as? DatabaseError else {
            return BuyInError.ioError(path: path, reason: reason(error))
        }
        switch databaseError.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: return BuyInError.notADatabase(path: path)
        case .SQLITE_CORRUPT: return BuyInError.corruptDatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return BuyInError.readOnlyDatabase(path: path)
        case .SQLITE_FULL: return BuyInError.diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return BuyInError.databaseBusy(path: path)
        case .SQLITE_CANTOPEN: return BuyInError.cannotCreateDatabase(path: path, reason: .text(databaseError.message ?? ""))
        case .SQLITE_CONSTRAINT: return BuyInError.constraint(databaseError.message ?? "")
        case .SQLITE_IOERR: return BuyInError.ioError(path: path, reason: .text(databaseError.message ?? ""))
        default: return BuyInError.ioError(path: path, reason: .text(databaseError.message ?? "\(databaseError.resultCode)"))
        }
    }

    static func reason(_ error: Error) -> FailureReason {
        if let cocoa = error as NSError?, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return .system(Int32(underlying.code))
        }
        return .text((error as NSError).localizedDescription)
    }
}

/// close(2), named apart because `SQLiteStore` has a `close()` of its own; from the C library
/// of each platform the package declares (glibc on Linux, Darwin on macOS).
private func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #elseif canImport(Darwin)
    _ = Darwin.close(descriptor)
    #endif
}
