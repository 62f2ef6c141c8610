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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
