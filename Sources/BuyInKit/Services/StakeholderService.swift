import Foundation
import GRDB

/// What a person changes about a stakeholder; nil leaves a field as it is.
public struct StakeholderChange: Sendable {
    public var name, role, department, email: String?
    public var influence, interest: Int?
    /// Per campaign: the stance we need from them, and the stance known before any meeting.
    public var targetStance: Stance?
    public var initialStance: Stance?
    public init() {}
}

extension Store {
    /// Adds a person, or finds them if already known, and maps them in the campaign (when there is one).
    /// Returns the stakeholder and whether they were already known.
    public func addStakeholder(_ person: Stakeholder, campaign slug: String?, target: Stance?, stance: Stance?) throws
        -> (stakeholder: Stakeholder, wasKnown: Bool) {
        guard !person.name.isEmpty else { throw BuyInError.emptyText(field: "name") }
        try Self.checkScore("influence", person.influence)
        try Self.checkScore("interest", person.interest)
        return try write { db in
            let campaign: Campaign?
            do { campaign = try Self.campaign(db, slug) } catch BuyInError.noCampaign { campaign = nil }
            if var known = try Stakeholder.filter(Column("foldedName") == person.foldedName).fetchOne(db) {
                guard let campaign, try Self.mapping(db, campaign.id!, known.id!) == nil else {
                    throw BuyInError.stakeholderExists(known.name)
                }
                try Self.map(db, campaign: campaign.id!, stakeholder: known.id!, target: target, stance: stance)
                known.role = person.role.isEmpty ? known.role : person.role
                try known.update(db)
                return (known, true)
            }
            var person = person
            try person.insert(db)
            if let campaign { try Self.map(db, campaign: campaign.id!, stakeholder: person.id!, target: target, stance: stance) }
            return (person, false)
        }
    }

    static func checkScore(_ field: String, _ value: Int?) throws {
        if let value, !(1...5).contains(value) { throw BuyInError.invalidScore(field: field, value: String(value)) }
    }

    static func mapping(_ db: Database, _ campaignID: Int64, _ stakeholderID: Int64) throws -> CampaignStakeholder? {
        try CampaignStakeholder.fetchOne(db, sql: "SELECT * FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?",
                                         arguments: [campaignID, stakeholderID])
    }

    /// Maps a stakeholder in a campaign, keeping what was there unless told otherwise.
    static func map(_ db: Database, campaign: Int64, stakeholder: Int64, target: Stance? = nil, stance: Stance? = nil) throws {
        var row = try mapping(db, campaign, stakeholder) ?? CampaignStakeholder(campaignId: campaign, stakeholderId: stakeholder)
        if let target { row.targetStance = target }
        if let stance { row.initialStance = stance }
        try row.save(db)
    }

    /// Finds a stakeholder by id (`12`, `#12`) or by an unambiguous prefix of their name,
    /// in any case and with or without accents.
    public func stakeholder(_ query: String) throws -> Stakeholder {
        try read { db in try Self.stakeholder(db, query) }
    }

    static func stakeholder(_ db: Database, _ query: String) throws -> Stakeholder {
        let text = query.trimmed
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(digits) {
            guard let found = try Stakeholder.fetchOne(db, sql: "SELECT * FROM stakeholder WHERE id = ?", arguments: [id]) else {
                throw BuyInError.unknownStakeholder(query)
            }
            return found
        }
        let folded = Vocabulary.fold(text)
        guard !folded.isEmpty else { throw BuyInError.unknownStakeholder(query) }
        if let exact = try Stakeholder.fetchOne(db, sql: "SELECT * FROM stakeholder WHERE foldedName = ?", arguments: [folded]) { return exact }
        let pattern = folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        // A whole word of the name ("Julie" for Julie Martin) wins over a prefix ("Julie" of Julien).
        for condition in ["(' ' || foldedName || ' ') LIKE '% ' || ? || ' %' ESCAPE '\\'", "foldedName LIKE ? || '%' ESCAPE '\\'",
                          "(' ' || foldedName) LIKE '% ' || ? || '%' ESCAPE '\\'"] {
            let matches = try Stakeholder.filter(sql: condition, arguments: [pattern]).order(Column("name")).limit(11).fetchAll(db)
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                throw BuyInError.ambiguousStakeholder(query, candidates: matches.prefix(10).map { "\($0.name) (#\($0.id!))" })
            }
        }
        throw BuyInError.unknownStakeholder(query)
    }

    /// Changes a stakeholder; per-campaign stances apply to the campaign named (or the current one).
    public func editStakeholder(_ query: String, campaign slug: String?, _ change: StakeholderChange) throws -> Stakeholder {
        try Self.checkScore("influence", change.influence)
        try Self.checkScore("interest", change.interest)
        if let name = change.name, name.trimmed.isEmpty { throw BuyInError.emptyText(field: "name") }
        return try write { db in
            var person = try Self.stakeholder(db, query)
            if let name = change.name {
                person.name = name.trimmed
                person.foldedName = Vocabulary.fold(name)
                if try Stakeholder.filter(Column("foldedName") == person.foldedName && Column("id") != person.id!).fetchCount(db) > 0 {
                    throw BuyInError.stakeholderExists(person.name)
                }
            }
            if let role = change.role { person.role = role }
            if let department = change.department { person.department = department }
            if let email = change.email { person.email = email }
            if let influence = change.influence { person.influence = influence }
            if let interest = change.interest { person.interest = interest }
            try person.update(db)
            if change.targetStance != nil || change.initialStance != nil {
                let campaign = try Self.campaign(db, slug)
                try Self.map(db, campaign: campaign.id!, stakeholder: person.id!, target: change.targetStance, stance: change.initialStance)
            }
            return person
        }
    }

    /// Everyone buyin knows, whatever the campaign.
    public func allStakeholders() throws -> [Stakeholder] {
        try read { db in try Stakeholder.order(Column("foldedName")).fetchAll(db) }
    }

    /// The stakeholders mapped in a campaign, most influential first, with their stances.
    public func mappedStakeholders(in slug: String?) throws -> [MappedStakeholder] {
        try read { db in try Self.mappedStakeholders(db, Self.campaign(db, slug).id!) }
    }

    static func mappedStakeholders(_ db: Database, _ campaignID: Int64) throws -> [MappedStakeholder] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.id, s.name, s.role, s.department, s.email, s.influence, s.interest,
                   cs.targetStance, cs.initialStance,
                   (SELECT count(*) FROM meeting m WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId) AS meetingCount,
                   (SELECT max(m.day) FROM meeting m WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId) AS lastMet,
                   (SELECT coalesce(m.stanceBefore, m.stanceAfter) FROM meeting m
                     WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId ORDER BY m.day, m.id LIMIT 1) AS firstStance,
                   (SELECT m.stanceAfter FROM meeting m
                     WHERE m.stakeholderId = s.id AND m.campaignId = cs.campaignId AND m.stanceAfter IS NOT NULL
                     ORDER BY m.day DESC, m.id DESC LIMIT 1) AS currentStance
            FROM campaignStakeholder cs JOIN stakeholder s ON s.id = cs.stakeholderId
            WHERE cs.campaignId = ?
            ORDER BY s.influence DESC, s.interest DESC, s.foldedName
            """, arguments: [campaignID])
        // Throwing decodes: a value edited by hand into the file becomes an error line, not a crash.
        return try rows.map { row in
            let initial: Stance? = try row.decode(forColumn: "initialStance")
            let first: Stance? = try row.decode(forColumn: "firstStance")
            let current: Stance? = try row.decode(forColumn: "currentStance")
            return MappedStakeholder(
                id: try row.decode(forColumn: "id"), name: try row.decode(forColumn: "name"), role: try row.decode(forColumn: "role"),
                department: try row.decode(forColumn: "department"), email: try row.decode(forColumn: "email"),
                influence: try row.decode(forColumn: "influence"), interest: try row.decode(forColumn: "interest"),
                targetStance: try row.decode(forColumn: "targetStance"),
                firstStance: initial ?? first, currentStance: current ?? initial ?? first,
                meetingCount: try row.decode(forColumn: "meetingCount"), lastMet: try row.decode(forColumn: "lastMet"))
        }
    }

    /// The current stance of one stakeholder in a campaign: after their latest meeting, else as first mapped.
    static func currentStance(_ db: Database, campaign: Int64, stakeholder: Int64) throws -> Stance? {
        if let after = try Stance.fetchOne(db, sql: """
            SELECT stanceAfter FROM meeting WHERE stakeholderId = ? AND campaignId = ? AND stanceAfter IS NOT NULL
            ORDER BY day DESC, id DESC LIMIT 1
            """, arguments: [stakeholder, campaign]) {
            return after
        }
        return try mapping(db, campaign, stakeholder)?.initialStance
    }
}
