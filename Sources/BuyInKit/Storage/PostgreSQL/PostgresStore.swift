#if TeamStore
import Foundation
import GRDB

/// The team store: the same record as the SQLite file, on a PostgreSQL server the team already
/// runs. Each command is one transaction, as with SQLite: reads see one snapshot, writes are
/// serializable and run again when another member's transaction got in the way.
public final class PostgresStore: RecordStore {
    let connection: PostgresConnection
    /// Its tables are in the session's own schema (`demo --db`).
    let isTemporary: Bool
    public var server: String { connection.server }

    /// Connects and brings the schema up to date (under an advisory lock, so that two first runs
    /// never collide). A schema written by a newer buyin is refused, untouched.
    ///
    /// A `temporary` store lives in this session's own schema (PostgreSQL's `pg_temp`): its
    /// tables are seen by nobody else and dropped by the server when the connection closes,
    /// which is where `demo --db` builds its sample. Any member may: it needs no CREATE right.
    public init(_ conninfo: String, temporary: Bool = false) throws {
        connection = try PostgresConnection(conninfo)
        isTemporary = temporary
        if temporary { try PostgresStore.translating(server: connection.server) { try connection.execute("SET search_path = pg_temp") } }
        try PostgresStore.translating(server: connection.server) { try migrate() }
    }

    public func read<T>(_ work: (any Records) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work)
    }

    public func write<T>(_ work: (any Records) throws -> T) throws -> T {
        // One buyin writer at a time, as with SQLite's file. Serializable transactions alone
        // are not enough under load: fifty members logging meetings with the same person read
        // each other's rows and fail one another faster than they can be run again (seen on a
        // loaded machine with 20 retries). Writes by hand in psql are still caught by
        // SERIALIZABLE and retried.
        // A temporary store's tables are the session's own: no one to take turns with.
        try PostgresStore.translating(server: server) {
            try connection.holding(isTemporary ? nil : PostgresSchema.writerLock) { try transaction("BEGIN ISOLATION LEVEL SERIALIZABLE", work) }
        }
    }

    /// How many times a write meets another member's and starts again before giving up.
    static let attempts = 20

    private func transaction<T>(_ begin: String, _ work: (any Records) throws -> T) throws -> T {
        try PostgresStore.translating(server: server) {
            var attempt = 1
            while true {
                do {
                    return try connection.inTransaction(begin) { try work(PostgresRecords(connection: connection)) }
                } catch let failure as PostgresFailure where failure.isTransient && attempt < PostgresStore.attempts {
                    // Apart a little, and more each time, so that the same two do not meet again.
                    usleep(UInt32.random(in: 1_000...(5_000 * UInt32(attempt))))
                    attempt += 1
                }
            }
        }
    }

    private func migrate() throws {
        let known = PostgresSchema.migrations.map(\.name)
        if let applied = try appliedMigrations() {
            if applied.contains(where: { !known.contains($0) }) { throw BuyInError.newerDatabase(path: server) }
            let pending = known.filter { !applied.contains($0) }
            if pending.isEmpty { return }
            // Only the tables' owner may add an index: a member works on without it meanwhile.
            if pending.allSatisfy(PostgresSchema.speedOnly.contains), try !PostgresStore.ownsTables(connection) { return }
        }
        try connection.inTransaction {
            _ = try connection.query("SELECT pg_advisory_xact_lock(?)", [PostgresSchema.migrationLock])
            try connection.execute("CREATE TABLE IF NOT EXISTS buyin_migration (name text PRIMARY KEY, appliedAt timestamptz NOT NULL DEFAULT now())")
            // Read again under the lock: another first run may have done the work meanwhile.
            let applied = try appliedMigrations() ?? []
            for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                try connection.execute(migration.sql)
                try connection.query("INSERT INTO buyin_migration(name) VALUES (?)", [migration.name])
            }
        }
    }

    /// The migrations recorded, or nil when the schema has never been made. One round trip:
    /// every command opens with it.
    private func appliedMigrations() throws -> [String]? {
        do {
            return try connection.query("SELECT name FROM buyin_migration").rows.map { try $0.decode(String.self, atIndex: 0) }
        } catch let failure as PostgresFailure where failure.code == "42P01" {
            return nil  // undefined_table
        }
    }

    /// Turns the server's refusals into buyin's typed errors, in one place.
    static func translating<T>(server: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch is RowDecodingError {
            // A value buyin cannot read back, written into a table by hand.
            throw BuyInError.corruptDatabase(path: server)
        } catch let failure as PostgresFailure {
            switch failure.code {
            case "42501": throw BuyInError.permissionDenied(server: server, reason: failure.message)
            // A meeting still holding another member's private rows (`PostgresSchema.privateRows`).
            case "23503" where failure.message.hasPrefix("update or delete on table")
                && (failure.message.contains("meetingnote") || failure.message.contains("meetingquote")):
                throw BuyInError.othersPrivateText(server: server)
            case let code where code.hasPrefix("23"): throw BuyInError.constraint(failure.message)
            case let code where code.hasPrefix("08") || code.hasPrefix("57"):
                throw BuyInError.serverUnavailable(server: server, reason: failure.message)
            // 55P03: lock_timeout passed waiting for another member's write.
            case "40001", "40P01", "55P03": throw BuyInError.databaseBusy(path: server)
            default: throw BuyInError.ioError(path: server, reason: .text(failure.message))
            }
        }
    }
}
#endif
