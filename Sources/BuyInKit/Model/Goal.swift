import GRDB

/// An organisation goal, or another department's KPI, that the idea moves.
public struct Goal: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var text: String
    public var department: String
    public var kpi: String
    public var baseline: String
    public var target: String
    public var unit: String
    /// When the number is looked at again, for the go/no-go.
    public var reviewOn: Day?

    public static let databaseTableName = "goal"

    public init(campaignId: Int64, text: String, department: String = "", kpi: String = "",
                baseline: String = "", target: String = "", unit: String = "", reviewOn: Day? = nil) {
        self.campaignId = campaignId; self.text = text; self.department = department; self.kpi = kpi
        self.baseline = baseline; self.target = target; self.unit = unit; self.reviewOn = reviewOn
    }

    /// Reads a goal row by column name, as `Campaign` does: through GRDB's `Decodable` path a
    /// goal's `Day` was asked at run time whether it is a database value, a search of all the
    /// program's conformances (callgrind: 0.6 M instructions of each pre-read).
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        campaignId = try row.decode(forColumn: "campaignId")
        text = try row.decode(forColumn: "text")
        department = try row.decode(forColumn: "department")
        kpi = try row.decode(forColumn: "kpi")
        baseline = try row.decode(forColumn: "baseline")
        target = try row.decode(forColumn: "target")
        unit = try row.decode(forColumn: "unit")
        reviewOn = try row.decode(forColumn: "reviewOn")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
