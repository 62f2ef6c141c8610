import Foundation
import GRDB

/// The open buyin database: one SQLite file, owner-only, in WAL mode so that several `buyin`
/// processes can work on it at once. Every write is one immediate transaction: a command records
/// everything it was asked to, or nothing.
public final class Store {
    public let path: String
    let queue: DatabaseQueue
    let isReadOnly: Bool
    private var lockDescriptor: Int32 = -1

    /// Opens (creating on first use) the database at `path`, checking that it is a buyin
    /// database of a schema this version knows, and bringing it up to date.
    public init(path: String) throws {
        self.path = path
        // Plain stat(2) rather than FileManager, once for the folder and once for the file:
        // FileManager's attributes also look up the owner's and group's names, a trip through
        // the system's user database on every command.
        let folder = (path as NSString).deletingLastPathComponent
        var folderMode = Store.status(of: folder.isEmpty ? "." : folder)?.st_mode
        if folderMode == nil {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw BuyInError.cannotCreateDatabase(path: path, reason: Store.reason(error))
            }
            folderMode = S_IFDIR | 0o700
        }
        guard let folderMode, folderMode & S_IFMT == S_IFDIR else {
            throw BuyInError.cannotCreateDatabase(path: path, reason: String(cString: strerror(ENOTDIR)))
        }
        // A file or folder its owner made read-only is opened read-only, even by root, whom the
        // kernel would let write: reading works, writing is refused with a clear message.
        let ownerMayWriteFolder = folderMode & S_IWUSR != 0
        var ownerMayWriteFile = true
        if let file = Store.status(of: path) {
            if file.st_mode & S_IFMT == S_IFDIR { throw BuyInError.notADatabase(path: path) }
            if file.st_size == 0 { throw BuyInError.emptyDatabaseFile(path: path) }
            guard access(path, R_OK) == 0 else { throw BuyInError.readOnlyDatabase(path: path) }
            ownerMayWriteFile = file.st_mode & S_IWUSR != 0
        } else {
            if !ownerMayWriteFolder {
                throw BuyInError.cannotCreateDatabase(path: path, reason: String(cString: strerror(EACCES)))
            }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            // Another buyin creating the same file at this moment is fine: the migration lock sorts it out.
            guard descriptor >= 0 || errno == EEXIST else {
                throw BuyInError.cannotCreateDatabase(path: path, reason: String(cString: strerror(errno)))
            }
            if descriptor >= 0 { close(descriptor) }
        }

        var configuration = Configuration()
        configuration.readonly = !ownerMayWriteFile || !ownerMayWriteFolder
        isReadOnly = configuration.readonly
        configuration.foreignKeysEnabled = true
        // Other buyin processes may be writing: wait for them rather than fail at once.
        configuration.busyMode = .timeout(30)
        configuration.label = "buyin"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Store.translate(error, path: path)
        }
        try prepare()
        if Store.closesAtExit { Store.openUntilExit.append(self) }
    }

    deinit { closeConnection() }

    private func closeConnection() {
        try? queue.close()
        if lockDescriptor >= 0 { close(lockDescriptor) }
        lockDescriptor = -1
    }

    /// Set by a command-line process that ends right after its command: stores are then closed
    /// by `closeAllBeforeExit()` and never freed. Freeing one disposes GRDB's dispatch queue,
    /// which starts a worker thread only to release memory that the exit releases anyway.
    nonisolated(unsafe) public static var closesAtExit = false
    nonisolated(unsafe) private static var openUntilExit: [Store] = []

    /// Closes every store opened in this process (SQLite checkpoints its log into the file).
    public static func closeAllBeforeExit() {
        for store in openUntilExit { store.closeConnection() }
    }

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
                if tableCount > 0 && applicationID != Schema.applicationID {
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

    /// The type bits (`S_IFDIR`, `S_IFREG`…) of what is at a path, or nil when nothing is.
    /// What stat(2) says of a path, or nil when nothing is there.
    static func status(of path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// Reads in one consistent snapshot (one read-only transaction), so that figures gathered by
    /// several queries agree even while another buyin writes.
    public func read<T>(_ work: (Database) throws -> T) throws -> T {
        try guarded { try queue.read(work) }
    }

    /// Writes in one immediate transaction: all of it lands, or none.
    public func write<T>(_ work: (Database) throws -> T) throws -> T {
        if isReadOnly { throw BuyInError.readOnlyDatabase(path: path) }
        return try guarded {
            var result: T?
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
            }
            guard let result else { throw BuyInError.internalError("write produced no result") }
            return result
        }
    }

    /// Runs database work and turns SQLite's refusals into our typed errors, in one place.
    func guarded<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw Store.translate(error, path: path)
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
        case .SQLITE_CANTOPEN: return BuyInError.cannotCreateDatabase(path: path, reason: databaseError.message ?? "")
        case .SQLITE_CONSTRAINT: return BuyInError.constraint(databaseError.message ?? "")
        case .SQLITE_IOERR: return BuyInError.ioError(path: path, reason: databaseError.message ?? "")
        default: return BuyInError.ioError(path: path, reason: databaseError.message ?? "\(databaseError.resultCode)")
        }
    }

    static func reason(_ error: Error) -> String {
        if let cocoa = error as NSError?, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
