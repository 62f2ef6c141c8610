import Foundation

/// The throw-away PostgreSQL server the team-store tests run against: `.ci/run` starts one with
/// `scripts/throwaway-postgres` and names it, as an administrator's connection string, in
/// BUYIN_TEST_POSTGRES. Each test gets a database of its own, dropped when it lets go.
public final class TeamDatabase: @unchecked Sendable {
    public static let adminURL = ProcessInfo.processInfo.environment["BUYIN_TEST_POSTGRES"]
    /// CI must run these tests: there, a missing server is a failure, not a skip.
    public static var isAvailable: Bool { adminURL != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

    public let name: String
    private let admin: URLComponents

    public init() throws {
        guard let admin = TeamDatabase.adminURL.flatMap(URLComponents.init(string:)) else {
            throw PsqlFailure(message: "BUYIN_TEST_POSTGRES names no server: start one with scripts/throwaway-postgres")
        }
        self.admin = admin
        name = "buyin_test_\(UInt32.random(in: 0...UInt32.max))"
        try psql("CREATE DATABASE \(name)", database: "postgres")
    }

    deinit { _ = try? psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", database: "postgres") }

    /// The connection string for `role` (the administrator when nil) on this test's database.
    public func url(as role: String? = nil, database: String? = nil) -> String {
        var components = admin
        if let role { components.user = role }
        components.path = "/" + (database ?? name)
        return components.string!
    }

    /// A fresh role name, unique to this run: roles are shared by the whole server.
    public func role(_ base: String) -> String { "\(base)_\(name.suffix(6))" }

    /// Runs SQL through `psql` as `role`, as someone working beside buyin would; the rows come
    /// back one per line, unaligned.
    @discardableResult
    public func psql(_ sql: String, as role: String? = nil, database: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [url(as: role, database: database), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PsqlFailure(message: message) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public struct PsqlFailure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
