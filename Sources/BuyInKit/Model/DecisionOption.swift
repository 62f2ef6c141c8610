import GRDB

/// One way leadership could decide (`buyin option add`): what it costs, what it brings, its pros
/// and cons. One of a campaign's options may be the recommended one; doing nothing is the
/// campaign's `ifNot`, not an option.
public struct DecisionOption: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var text: String
    /// What it costs, as a number in `costUnit` (`50` and `k€`); nil when not known.
    public var cost: Double?
    public var costUnit: String
    /// What it is expected to bring back, in the marketer's words.
    public var expectedReturn: String
    public var pros: String
    public var cons: String
    public var isRecommended: Bool

    public static let databaseTableName = "decisionOption"

    public init(campaignId: Int64, text: String, cost: Double? = nil, costUnit: String = "", expectedReturn: String = "",
                pros: String = "", cons: String = "", isRecommended: Bool = false) {
        self.campaignId = campaignId; self.text = text; self.cost = cost; self.costUnit = costUnit
        self.expectedReturn = expectedReturn; self.pros = pros; self.cons = cons; self.isRecommended = isRecommended
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
