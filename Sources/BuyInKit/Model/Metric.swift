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

    /// Read by column name, as `Goal` is, for the same reason: GRDB's `Decodable` path asks at run
    /// time whether `Day` is a database value, a search of all the program's conformances.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        campaignId = try row.decode(forColumn: "campaignId")
        label = try row.decode(forColumn: "label")
        value = try row.decode(forColumn: "value")
        unit = try row.decode(forColumn: "unit")
        source = try row.decode(forColumn: "source")
        day = try row.decode(forColumn: "day")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
