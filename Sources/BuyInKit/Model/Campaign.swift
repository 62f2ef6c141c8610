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
    public var createdOn: Day

    public static let databaseTableName = "campaign"

    public init(slug: String, title: String, author: String = "", createdOn: Day) {
        self.slug = slug
        self.title = title
        self.author = author
        self.why = ""; self.whyGoals = ""; self.whyCare = ""; self.how = ""; self.what = ""
        self.ask = ""; self.recommendation = ""; self.decisionOwner = ""; self.ifApproved = ""
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
        createdOn = try row.decode(forColumn: "createdOn")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The golden circle and the ask as they stand.
    public var circle: GoldenCircle {
        GoldenCircle(why: why, whyGoals: whyGoals, whyCare: whyCare, how: how, what: what, ask: ask,
                     recommendation: recommendation, decisionOwner: decisionOwner, decideBy: decideBy, ifApproved: ifApproved)
    }

    /// Takes every field the change sets; fields left nil stay as they are.
    public mutating func apply(_ change: GoldenCircle.Change) {
        if let value = change.why { why = value }
        if let value = change.whyGoals { whyGoals = value }
        if let value = change.whyCare { whyCare = value }
        if let value = change.how { how = value }
        if let value = change.what { what = value }
        if let value = change.ask { ask = value }
        if let value = change.recommendation { recommendation = value }
        if let value = change.decisionOwner { decisionOwner = value }
        if let value = change.decideBy { decideBy = value }
        if let value = change.ifApproved { ifApproved = value }
    }
}

/// Why · how · what, the three why questions, and the ask of leadership.
public struct GoldenCircle: Codable, Sendable, Equatable {
    public var why = ""
    public var whyGoals = ""
    public var whyCare = ""
    public var how = ""
    public var what = ""
    public var ask = ""
    public var recommendation = ""
    public var decisionOwner = ""
    public var decideBy: Day?
    public var ifApproved = ""

    public init(why: String = "", whyGoals: String = "", whyCare: String = "", how: String = "", what: String = "",
                ask: String = "", recommendation: String = "", decisionOwner: String = "", decideBy: Day? = nil, ifApproved: String = "") {
        self.why = why; self.whyGoals = whyGoals; self.whyCare = whyCare; self.how = how; self.what = what
        self.ask = ask; self.recommendation = recommendation; self.decisionOwner = decisionOwner; self.decideBy = decideBy
        self.ifApproved = ifApproved
    }

    /// The fields in the order a person is asked them, with their stable names.
    public static let fields = ["why", "whyGoals", "whyCare", "how", "what", "ask", "recommendation", "decisionOwner", "decideBy", "ifApproved"]

    /// A partial update: nil leaves a field as it is.
    public struct Change: Sendable, Equatable {
        public var why, whyGoals, whyCare, how, what, ask, recommendation, decisionOwner, ifApproved: String?
        public var decideBy: Day??
        public init() {}
        public var isEmpty: Bool { self == Change() }

        /// Sets a field by its stable name (see `GoldenCircle.fields`); the date is parsed.
        public mutating func set(_ field: String, _ value: String, today: Day) throws {
            switch field {
            case "why": why = value
            case "whyGoals": whyGoals = value
            case "whyCare": whyCare = value
            case "how": how = value
            case "what": what = value
            case "ask": ask = value
            case "recommendation": recommendation = value
            case "decisionOwner": decisionOwner = value
            case "ifApproved": ifApproved = value
            case "decideBy": decideBy = .some(value.trimmed.isEmpty ? nil : try DayParser.parse(value, today: today))
            default: break
            }
        }
    }

    /// The value of a field by its stable name, as text (the date in ISO form).
    public func value(of field: String) -> String {
        switch field {
        case "why": return why
        case "whyGoals": return whyGoals
        case "whyCare": return whyCare
        case "how": return how
        case "what": return what
        case "ask": return ask
        case "recommendation": return recommendation
        case "decisionOwner": return decisionOwner
        case "ifApproved": return ifApproved
        case "decideBy": return decideBy?.iso ?? ""
        default: return ""
        }
    }

    /// Whether the purpose is written down: the first step of the journey.
    public var hasWhy: Bool { !why.trimmed.isEmpty }
}
