#if TeamStore
import CLibPQ
import Foundation
import GRDB

/// One connection to the team's PostgreSQL server, through libpq, PostgreSQL's own client
/// library: it reads the connection string, the PG* variables, ~/.pgpass and sslmode exactly as
/// psql does. Statements are sent with their values apart (never spliced into the SQL), and
/// answers come back as GRDB values, so that the records decode as they do from SQLite.
final class PostgresConnection {
    private let handle: OpaquePointer
    /// Where the store is, for messages: database, host and port, never a password.
    let server: String

    init(_ address: String) throws {
        let conninfo = ConnectionString.normalized(address)
        server = PostgresConnection.describe(conninfo)
        // Named in pg_stat_activity, so that an administrator knows which sessions are buyin's,
        // unless the address or PGAPPNAME names it otherwise. The address is expanded as libpq
        // expands any (`expand_dbname`).
        let connected = PostgresConnection.withCStrings(["dbname", "fallback_application_name", nil]) { keywords in
            PostgresConnection.withCStrings([conninfo, "buyin", nil]) { values in PQconnectdbParams(keywords, values, 1) }
        }
        guard let handle = connected else { throw BuyInError.serverUnavailable(server: server, reason: "out of memory") }
        self.handle = handle
        guard PQstatus(handle) == CONNECTION_OK else {
            let reason = ConnectionString.redacting(PostgresConnection.firstLine(of: String(cString: PQerrorMessage(handle))), conninfo: conninfo)
            // The server answered, but has no database of that name: not a refused login.
            if ServerReason.key(of: reason) == "databaseMissing" {
                throw BuyInError.teamDatabaseMissing(server: server, reason: reason)
            }
            // libpq gives no error code for a refused login; these two say a password was at stake.
            let refused = PQconnectionNeedsPassword(handle) == 1 || PQconnectionUsedPassword(handle) == 1
                || reason.contains("authentication failed") || reason.contains("does not exist") && reason.contains("role")
            // `deinit` closes the handle: it runs for an initializer that throws once every property is set.
            if refused { throw BuyInError.authenticationFailed(server: server, reason: reason) }
            throw BuyInError.serverUnavailable(server: server, reason: reason)
        }
        // The server's notices ("role … is already a member") are its words, not buyin's: a
        // command prints only its own, translated, lines.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        // Every buyin session reads text the same way, whatever the server's defaults; and waits
        // for another member's write as long as for a locked SQLite file, then says so.
        try execute("SET client_encoding = 'UTF8'; SET lock_timeout = '30s'")
    }

    deinit { PQfinish(handle) }

    /// The role this session acts as: the author recorded on each row.
    var role: String { String(cString: PQuser(handle)) }

    /// Runs one statement; `?` placeholders in `sql` take `arguments` in order.
    @discardableResult
    func query(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> PostgresResult {
        try run(PostgresSQL.numbered(sql), arguments.map { $0?.databaseValue ?? .null })
    }

    /// Runs one statement with its values already as database values.
    func run(_ sql: String, _ values: [DatabaseValue]) throws -> PostgresResult {
        let texts: [String?] = try values.map { value in
            switch value.storage {
            case .null: return nil
            case .int64(let number): return String(number)
            case .double(let number): return String(number)
            case .string(let text): return text
            case .blob: throw BuyInError.internalError("binary value sent to PostgreSQL")
            }
        }
        let result: OpaquePointer? = PostgresConnection.withCStrings(texts) { pointers in
            PQexecParams(handle, sql, Int32(pointers.count), nil, pointers, nil, nil, 0)
        }
        return try check(result)
    }

    /// Runs `work` in one transaction opened by `begin`: committed if it returns, rolled back
    /// if it throws.
    func inTransaction<T>(_ begin: String = "BEGIN", _ work: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try work()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `work` holding a session-level advisory lock. Taken before `BEGIN`, so that a
    /// serializable transaction's snapshot is taken after the wait, not before it; released
    /// even if `work` throws (and by the server if the connection is lost). No lock, no wait.
    func holding<T>(_ lock: Int64?, _ work: () throws -> T) throws -> T {
        guard let lock else { return try work() }
        try query("SELECT pg_advisory_lock(?)", [lock])
        defer { _ = try? query("SELECT pg_advisory_unlock(?)", [lock]) }
        return try work()
    }

    /// Runs statements without values (`BEGIN`, the migrations' DDL).
    func execute(_ sql: String) throws {
        _ = try check(PQexec(handle, sql))
    }

    private func check(_ raw: OpaquePointer?) throws -> PostgresResult {
        guard let raw else { throw lostConnection() }
        let status = PQresultStatus(raw)
        if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY {
            return PostgresResult(raw)
        }
        let code = PQresultErrorField(raw, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        let message = PQresultErrorField(raw, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
            ?? PostgresConnection.firstLine(of: String(cString: PQerrorMessage(handle)))
        PQclear(raw)
        if PQstatus(handle) != CONNECTION_OK { throw lostConnection() }
        throw PostgresFailure(code: code, message: message)
    }

    private func lostConnection() -> BuyInError {
        .serverUnavailable(server: server, reason: PostgresConnection.firstLine(of: String(cString: PQerrorMessage(handle))))
    }

    private static func withCStrings<R>(_ texts: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = texts.map { $0.map { strdup($0)! } }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    /// "team@db.example.com:5432": what a person needs to recognise the server, never a password.
    static func describe(_ conninfo: String) -> String {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &error) else {
            if let error { PQfreemem(error) }
            return "PostgreSQL"
        }
        defer { PQconninfoFree(options) }
        var values: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        let environment = ProcessEnvironment.current
        let database = values["dbname"] ?? environment["PGDATABASE"] ?? values["user"] ?? environment["PGUSER"] ?? ""
        let host = values["host"] ?? environment["PGHOST"] ?? "localhost"
        let port = values["port"] ?? environment["PGPORT"] ?? "5432"
        return database.isEmpty ? "\(host):\(port)" : "\(database)@\(host):\(port)"
    }

    /// libpq's messages end with a newline and may run on with hints; the first line says why.
    static func firstLine(of message: String) -> String {
        message.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? message
    }
}

/// A statement the server refused, with its SQLSTATE code.
struct PostgresFailure: Error {
    let code: String
    let message: String

    /// Another transaction got in the way: running the whole transaction again is the cure.
    var isTransient: Bool { code == "40001" || code == "40P01" }
}

/// The rows a statement returned, read as GRDB values.
final class PostgresResult {
    private let raw: OpaquePointer
    let count: Int
    let columnCount: Int

    init(_ raw: OpaquePointer) {
        self.raw = raw
        count = Int(PQntuples(raw))
        columnCount = Int(PQnfields(raw))
    }

    deinit { PQclear(raw) }

    /// How many rows an INSERT, UPDATE or DELETE touched.
    var changes: Int { Int(String(cString: PQcmdTuples(raw))) ?? 0 }

    func columnName(_ column: Int) -> String { String(cString: PQfname(raw, Int32(column))) }

    /// The value at a row and column, typed by the column's PostgreSQL type.
    func value(row: Int, column: Int) -> DatabaseValue {
        let (r, c) = (Int32(row), Int32(column))
        if PQgetisnull(raw, r, c) == 1 { return .null }
        let text = String(cString: PQgetvalue(raw, r, c))
        switch PQftype(raw, c) {
        case 16: return (text == "t" ? Int64(1) : Int64(0)).databaseValue  // boolean
        case 20, 21, 23, 26: return (Int64(text) ?? 0).databaseValue  // integers, oid
        case 700, 701, 1700: return (Double(text) ?? 0).databaseValue  // floating point, numeric
        default: return text.databaseValue
        }
    }

    var rows: [PostgresRow] { (0..<count).map { PostgresRow(result: self, index: $0) } }
}

/// One row of a result: read by position, or turned into a GRDB row to decode a record by name.
struct PostgresRow: ColumnRow {
    let result: PostgresResult
    let index: Int

    func decode<Value: DatabaseValueConvertible>(_ type: Value.Type, atIndex column: Int) throws -> Value {
        try read(column)
    }

    /// libpq hands every value over as text: nothing to gain from a second path.
    func decode<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, atIndex column: Int) throws -> Value {
        try read(column)
    }

    private func read<Value: DatabaseValueConvertible>(_ column: Int) throws -> Value {
        let value = result.value(row: index, column: column)
        guard let decoded = Value.fromDatabaseValue(value) else {
            throw PostgresFailure(code: "22000", message: "column \(result.columnName(column)) holds \(value), not a \(Value.self)")
        }
        return decoded
    }

    /// The row as GRDB's, keyed by column name: PostgreSQL folds names to lower case, and
    /// GRDB's lookup ignores case, so `campaignId` finds `campaignid`.
    var grdbRow: Row {
        Row(Dictionary(uniqueKeysWithValues: (0..<result.columnCount).map { column in
            (result.columnName(column), result.value(row: index, column: column) as (any DatabaseValueConvertible)?)
        }))
    }
}
#endif

