import GRDB

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

    /// Read by column name, without `Codable`: `status` reads the decision on every run.
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
}
