import GRDB

/// A dated step forward.
public struct Win: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var day: Day
    public var text: String
    public var kind: WinKind

    public static let databaseTableName = "win"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct WinStakeholder: Codable, FetchableRecord, PersistableRecord {
    var winId: Int64
    var stakeholderId: Int64
    static let databaseTableName = "winStakeholder"
}

/// A win with the names of the people in it.
public struct WinView: Codable, Sendable, Equatable {
    public var id: Int64
    public var day: Day
    public var text: String
    public var kind: WinKind
    public var people: [String]
}

/// A number leadership will want to see.
public struct Metric: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var label: String
    public var value: Double
    public var unit: String
    public var source: String
    public var day: Day?

    public static let databaseTableName = "metric"

    public init(campaignId: Int64, label: String, value: Double, unit: String = "", source: String = "", day: Day? = nil) {
        self.campaignId = campaignId; self.label = label; self.value = value; self.unit = unit; self.source = source; self.day = day
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The end of the journey: the outcome, its reasons and what to do better next time. A
/// campaign keeps every decision recorded (deferred, then approved); the latest is in force.
public struct Decision: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var outcome: DecisionOutcome
    public var day: Day
    public var reason: String
    public var lessons: String
    public var nextAttempt: String
    public static let databaseTableName = "decision"

    public init(campaignId: Int64, outcome: DecisionOutcome, day: Day, reason: String = "", lessons: String = "", nextAttempt: String = "") {
        self.campaignId = campaignId; self.outcome = outcome; self.day = day
        self.reason = reason; self.lessons = lessons; self.nextAttempt = nextAttempt
    }

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        campaignId = try row.decode(forColumn: "campaignId")
        outcome = try row.decode(forColumn: "outcome")
        day = try row.decode(forColumn: "day")
        reason = try row.decode(forColumn: "reason")
        lessons = try row.decode(forColumn: "lessons")
        nextAttempt = try row.decode(forColumn: "nextAttempt")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// A campaign's latest decision, if one was recorded. Plain SQL: the query builder first
    /// asks SQLite for the table's primary key, which cost more than the query.
    static func of(campaign id: Int64, _ db: Database) throws -> Decision? {
        try Decision.fetchOne(db, sql: "SELECT * FROM decision WHERE campaignId = ? ORDER BY id DESC LIMIT 1", arguments: [id])
    }

    /// Every decision of a campaign, the first recorded first.
    static func history(campaign id: Int64, _ db: Database) throws -> [Decision] {
        try Decision.fetchAll(db, sql: "SELECT * FROM decision WHERE campaignId = ? ORDER BY id", arguments: [id])
    }
}

/// A campaign's decisions: the one in force, and the earlier ones with their lessons.
public struct DecisionHistory: Codable, Sendable, Equatable {
    public var latest: Decision?
    public var earlier: [Decision]

    init(_ all: [Decision]) {
        latest = all.last
        earlier = Array(all.dropLast())
    }
}
