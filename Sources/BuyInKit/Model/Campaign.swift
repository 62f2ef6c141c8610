import Foundation
import GRDB

/// One idea on its way to a decision; everything else hangs off it.
public struct Campaign: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var slug: String
    public var title: String
    public var author: String
    public var why: String
    public var whyGoals: String
    public var whyCare: String
    public var how: String
    public var what: String
    public var ask: String
    public var recommendation: String
    public var decisionOwner: String
    public var decideBy: Day?
    /// What happens next if leadership says yes, one step per line.
    public var ifApproved: String
    /// What happens if leadership says no: the cost of doing nothing.
    public var ifNot: String
    public var createdOn: Day
    /// The campaign this one is a new attempt of (`start --after`).
    public var previousId: Int64?
    /// When the campaign was put away; it then leaves `campaign list` unless `--all` is given.
    public var archivedOn: Day?
    /// The ISO code of the currency a cost typed without one is in (`start --currency`, or the
    /// first amount typed with a currency); nil until one is known.
    public var currency: String?

    public static let databaseTableName = "campaign"

    public init(slug: String, title: String, author: String = "", createdOn: Day) {
        self.slug = slug
        self.title = title
        self.author = author
        self.why = ""; self.whyGoals = ""; self.whyCare = ""; self.how = ""; self.what = ""
        self.ask = ""; self.recommendation = ""; self.decisionOwner = ""; self.ifApproved = ""; self.ifNot = ""
        self.createdOn = createdOn
    }

    /// Reads a campaign row by column name. Every command reads its campaign, and GRDB's
    /// `Decodable` path cost about half a millisecond of each run.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        slug = try row.decode(forColumn: "slug")
        title = try row.decode(forColumn: "title")
        author = try row.decode(forColumn: "author")
        why = try row.decode(forColumn: "why")
        whyGoals = try row.decode(forColumn: "whyGoals")
        whyCare = try row.decode(forColumn: "whyCare")
        how = try row.decode(forColumn: "how")
        what = try row.decode(forColumn: "what")
        ask = try row.decode(forColumn: "ask")
        recommendation = try row.decode(forColumn: "recommendation")
        decisionOwner = try row.decode(forColumn: "decisionOwner")
        decideBy = try row.decode(forColumn: "decideBy")
        ifApproved = try row.decode(forColumn: "ifApproved")
        ifNot = try row.decode(forColumn: "ifNot")
        createdOn = try row.decode(forColumn: "createdOn")
        previousId = try row.decode(forColumn: "previousId")
        archivedOn = try row.decode(forColumn: "archivedOn")
        currency = try row.decode(forColumn: "currency")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The golden circle and the ask as they stand.
    public var circle: GoldenCircle {
        GoldenCircle(why: why, whyGoals: whyGoals, whyCare: whyCare, how: how, what: what, ask: ask,
                     recommendation: recommendation, decisionOwner: decisionOwner, decideBy: decideBy, ifApproved: ifApproved, ifNot: ifNot)
    }

    /// Takes every field the change sets; fields left nil stay as they are.
    public mutating func apply(_ change: GoldenCircle.Change) {
        for field in GoldenCircle.Field.allCases {
            if let text = field.text, let value = change[keyPath: text.change] { self[keyPath: text.campaign] = value }
        }
        if let value = change.decideBy { decideBy = value }
        if let value = change.currency { currency = value }
    }
}
