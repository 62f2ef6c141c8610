import Foundation

/// Everything one person may see of a record, as a JSON document that `buyin import` loads into
/// any store: the way from a laptop's SQLite file to the team's PostgreSQL server and back.
///
/// The rows keep the ids they had where they were written, only to tie them together (a meeting
/// to its person, a note to its meeting); the store they are imported into gives its own.
/// A reader who opens it sees plain names: `meetings`, `notes`, `quotes`.
public struct RecordExport: Codable, Sendable, Equatable {
    /// What the document says it is, so that any other JSON is refused with a clear line.
    public static let formatName = "buyin-export"
    /// Raised when a field is added that an older buyin could not load faithfully
    /// (2: `influences`; 3: `ideaChanges`; 4: a campaign's `currency`; 5: `stanceChanges`).
    public static let formatVersion = 5

    public var format = RecordExport.formatName
    public var version = RecordExport.formatVersion
    /// The short name of the campaign that was current where the export was made.
    public var currentCampaign: String?
    public var stakeholders: [Stakeholder] = []
    public var campaigns: [Campaign] = []
    public var goals: [Goal] = []
    /// Who is mapped in which campaign, with the stances needed and known before any meeting.
    public var mappings: [CampaignStakeholder] = []
    public var meetings: [Meeting] = []
    /// Private: only their author's, even on the team store.
    public var notes: [MeetingNote] = []
    /// Shareable ones, and the exporter's own private ones.
    public var quotes: [MeetingQuote] = []
    public var followUps: [FollowUp] = []
    public var objections: [Objection] = []
    public var wins: [Win] = []
    public var winPeople: [WinPerson] = []
    public var metrics: [Metric] = []
    public var options: [DecisionOption] = []
    public var decisions: [Decision] = []
    /// Who influences whom, between the people above.
    public var influences: [InfluenceLink] = []
    /// Changes to the idea suggested in the meetings above.
    public var ideaChanges: [IdeaChange] = []
    /// Stances noted outside the meetings, in the campaigns above.
    public var stanceChanges: [StanceChange] = []

    public init() {}

    /// A kind of row the file leaves out is read as none of it: an export trimmed by hand to
    /// one campaign's people, or one written before a kind of row existed, still loads.
    public init(from decoder: Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self),
              (try? container.decode(String.self, forKey: .format)) == RecordExport.formatName else { throw Refusal.notAnExport }
        func rows<Row: Decodable>(_ key: CodingKeys) throws -> [Row] { try container.decodeIfPresent([Row].self, forKey: key) ?? [] }
        format = RecordExport.formatName
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? RecordExport.formatVersion
        if version > RecordExport.formatVersion { throw Refusal.newer }
        currentCampaign = try container.decodeIfPresent(String.self, forKey: .currentCampaign)
        stakeholders = try rows(.stakeholders)
        campaigns = try rows(.campaigns)
        goals = try rows(.goals)
        mappings = try rows(.mappings)
        meetings = try rows(.meetings)
        notes = try rows(.notes)
        quotes = try rows(.quotes)
        followUps = try rows(.followUps)
        objections = try rows(.objections)
        wins = try rows(.wins)
        winPeople = try rows(.winPeople)
        metrics = try rows(.metrics)
        options = try rows(.options)
        decisions = try rows(.decisions)
        influences = try rows(.influences)
        ideaChanges = try rows(.ideaChanges)
        stanceChanges = try rows(.stanceChanges)
    }

    /// Reads an export, refusing what is not one (or is one from a newer buyin) in one line
    /// that names the file and, when it can, the field at fault.
    public static func read(_ data: Data, from path: String) throws -> RecordExport {
        do {
            let export = try JSONDecoder().decode(RecordExport.self, from: data)
            try export.check(data, from: path)
            return export
        } catch Refusal.notAnExport {
            throw BuyInError.importUnreadable(path: path, at: nil)
        } catch Refusal.newer {
            throw BuyInError.importNewer(path: path)
        } catch let error as DecodingError {
            throw BuyInError.importUnreadable(path: path, at: field(of: error))
        }
    }

    /// What JSON allows and a record must not hold, refused before any store is opened, each in
    /// one line that names the field: a version below the first; two rows of one kind under
    /// one number (the second would take the first's meetings and notes); a NUL character
    /// (the stores would cut the text short there); a short name buyin would not make.
    func check(_ data: Data, from path: String) throws {
        if version < 1 { throw BuyInError.importUnreadable(path: path, at: "version") }
        let numbered: [(section: String, ids: [Int64?])] = [
            ("stakeholders", stakeholders.map(\.id)), ("campaigns", campaigns.map(\.id)), ("goals", goals.map(\.id)),
            ("meetings", meetings.map(\.id)), ("notes", notes.map(\.id)), ("quotes", quotes.map(\.id)),
            ("followUps", followUps.map(\.id)), ("objections", objections.map(\.id)), ("wins", wins.map(\.id)),
            ("metrics", metrics.map(\.id)), ("options", options.map(\.id)), ("decisions", decisions.map(\.id)),
        ]
        for (section, ids) in numbered {
            var seen = Set<Int64>()
            for case let id? in ids where !seen.insert(id).inserted { throw BuyInError.importDuplicate(path: path, section: section, id: id) }
        }
        for (index, campaign) in campaigns.enumerated() where !Slug.isValid(campaign.slug) {
            throw BuyInError.importUnreadable(path: path, at: "campaigns[\(index)].slug")
        }
        // JSON writes NUL only as the escape `\u0000`: the document is walked only when it has one.
        if data.range(of: Data("\\u0000".utf8)) != nil, let field = Self.fieldHoldingNUL(in: data) {
            throw BuyInError.importUnreadable(path: path, at: field)
        }
    }

    /// "notes[0].text": the first value holding a NUL character.
    static func fieldHoldingNUL(in data: Data) -> String? {
        func walk(_ value: Any, _ path: String) -> String? {
            switch value {
            case let text as String: return text.unicodeScalars.contains("\0") ? path : nil
            case let list as [Any]:
                for (index, item) in list.enumerated() { if let found = walk(item, "\(path)[\(index)]") { return found } }
            case let object as [String: Any]:
                for key in object.keys.sorted() {
                    if key.unicodeScalars.contains("\0") { return path.isEmpty ? "?" : path }
                    if let found = walk(object[key]!, path.isEmpty ? key : "\(path).\(key)") { return found }
                }
            default: break
            }
            return nil
        }
        return (try? JSONSerialization.jsonObject(with: data)).flatMap { walk($0, "") }
    }

    /// What the document says of itself, checked before any row is read: the file is parsed once.
    enum Refusal: Error { case notAnExport, newer }

    /// "meetings[3].day": where in the document a value could not be read.
    static func field(of error: DecodingError) -> String? {
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        @unknown default: return nil
        }
        if path.isEmpty { return nil }
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }
}
