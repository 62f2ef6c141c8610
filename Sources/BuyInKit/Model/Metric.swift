import GRDB

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
