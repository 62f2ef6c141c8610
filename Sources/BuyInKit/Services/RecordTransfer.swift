import Foundation

/// What `import` did, for the line it prints.
public struct ImportSummary: Sendable, Equatable {
    public var campaigns: [String] = []
    /// People added, and people the store already had (matched by name or email) and kept.
    public var newPeople = 0
    public var matchedPeople = 0
    public var meetings = 0
    /// The campaign made current: the one that was current where the export was made.
    public var current: String?
}

extension RecordStore {
    /// Everything this person may see, read in one snapshot and written as the export document
    /// to `sink` a piece at a time: on the team store, the server leaves out other members'
    /// private notes and quotes. Returns how many campaigns it holds.
    public func exportRecords(into sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int {
        try read { records in
            let document = RecordExportWriter(sink)
            var campaigns = 0
            func table<Row: TransferableRow & Encodable>(_ key: String, _ type: Row.Type, orderedBy order: String,
                                                         counted: @escaping () -> Void = {}) -> (String, () throws -> Void) {
                (key, { try document.rows(key, of: type) { write in try records.eachRow(type, orderedBy: order) { counted(); try write($0) } } })
            }
            let current = try records.currentCampaign()?.slug
            // In the document's order, its keys A to Z (`RecordExport`'s names).
            let parts: [(String, () throws -> Void)] = [
                ("format", { try document.field("format", RecordExport.formatName) }),
                ("version", { try document.field("version", RecordExport.formatVersion) }),
                ("currentCampaign", { try document.field("currentCampaign", current) }),
                table("stakeholders", Stakeholder.self, orderedBy: "id"),
                table("campaigns", Campaign.self, orderedBy: "id", counted: { campaigns += 1 }),
                table("goals", Goal.self, orderedBy: "id"),
                table("mappings", CampaignStakeholder.self, orderedBy: "campaignId, stakeholderId"),
                table("meetings", Meeting.self, orderedBy: "id"),
                table("notes", MeetingNote.self, orderedBy: "id"),
                table("quotes", MeetingQuote.self, orderedBy: "id"),
                table("followUps", FollowUp.self, orderedBy: "id"),
                table("objections", Objection.self, orderedBy: "id"),
                table("wins", Win.self, orderedBy: "id"),
                table("winPeople", WinPerson.self, orderedBy: "winId, stakeholderId"),
                table("metrics", Metric.self, orderedBy: "id"),
                table("options", DecisionOption.self, orderedBy: "id"),
                table("decisions", Decision.self, orderedBy: "id"),
                table("influences", InfluenceLink.self, orderedBy: "influencerId, influencedId"),
                table("ideaChanges", IdeaChange.self, orderedBy: "id"),
                table("stanceChanges", StanceChange.self, orderedBy: "id"),
            ]
            try document.begin()
            for (_, write) in parts.sorted(by: { $0.0 < $1.0 }) { try write() }
            try document.end()
            return campaigns
        }
    }

    /// Loads an export in one transaction: all of it, or, on any refusal, none of it.
    public func importRecords(_ export: RecordExport, from path: String) throws -> ImportSummary {
        try write { records in
            var importer = RecordImporter(export: export, path: path, records: records)
            return try records.addingInBulk { try importer.run() }
        }
    }
}

/// Inserts an export's rows in the order they were written, each under the id the store gives
/// it, and follows every reference from the id it had in the file to the new one.
struct RecordImporter {
    let export: RecordExport
    let path: String
    let records: any Records
    private var summary = ImportSummary()
    private var people: [Int64: Int64] = [:]
    private var campaigns: [Int64: Int64] = [:]
    private var meetings: [Int64: Int64] = [:]
    private var wins: [Int64: Int64] = [:]

    init(export: RecordExport, path: String, records: any Records) {
        self.export = export
        self.path = path
        self.records = records
    }

    mutating func run() throws -> ImportSummary {
        try addPeople()
        try addInfluences()
        try addCampaigns()
        try addMeetings()
        try addObjectionsAndWins()
        try addFigures()
        if let slug = export.currentCampaign, let current = export.campaigns.first(where: { $0.slug == slug }) {
            try records.makeCurrent(slug: slug)
            summary.current = current.title
        }
        return summary
    }

    /// A person the store already knows, by name or by email, is the same person: their
    /// record stays as it is and the campaign's rows point to it. An email matches only when
    /// one person of the store has it: two people may share an assistant's or an office's
    /// address, and neither is then guessed at. People of the file are never merged together.
    private mutating func addPeople() throws {
        let present = try records.allStakeholders()
        var byName = Dictionary(try present.map { ($0.foldedName, try $0.storedID()) }, uniquingKeysWith: { first, _ in first })
        let byEmail = Dictionary(grouping: present.filter { !$0.email.isEmpty }, by: { Self.emailKey($0.email) })
            .compactMapValues { $0.count == 1 ? $0[0].id : nil }
        for (index, person) in export.stakeholders.enumerated() {
            let old = try given(person.id, at: "stakeholders[\(index)].id")
            var row = Stakeholder(name: person.name, role: person.role, department: person.department, email: person.email,
                                  influence: person.influence, interest: person.interest)
            if let found = byName[row.foldedName] ?? (row.email.isEmpty ? nil : byEmail[Self.emailKey(row.email)]) {
                people[old] = found
                summary.matchedPeople += 1
                continue
            }
            let id = try records.insert(&row)
            people[old] = id
            byName[row.foldedName] = id
            summary.newPeople += 1
        }
    }

    static func emailKey(_ email: String) -> String { email.trimmingCharacters(in: .whitespaces).lowercased() }

    /// Two people of the file may be one person here (matched by name or email): a link
    /// between them is left out.
    private func addInfluences() throws {
        for (index, link) in export.influences.enumerated() {
            let influencer = try new(link.influencerId, in: people, at: "influences[\(index)].influencerId")
            let influenced = try new(link.influencedId, in: people, at: "influences[\(index)].influencedId")
            if influencer != influenced { try records.addInfluence(InfluenceLink(influencerId: influencer, influencedId: influenced)) }
        }
    }

    private mutating func addCampaigns() throws {
        for (index, campaign) in export.campaigns.enumerated() {
            let old = try given(campaign.id, at: "campaigns[\(index)].id")
            // Imported twice, or two campaigns with one name: refused before anything lands.
            if try records.isSlugTaken(campaign.slug) { throw BuyInError.importCampaignExists(slug: campaign.slug, path: path) }
            var row = campaign
            row.id = nil
            row.previousId = nil
            campaigns[old] = try records.insert(&row)
            summary.campaigns.append(campaign.title)
        }
        // A later attempt points to its earlier one once both are in.
        for campaign in export.campaigns {
            guard let previous = campaign.previousId, let earlier = campaigns[previous], let id = campaign.id else { continue }
            var row = campaign
            row.id = campaigns[id]
            row.previousId = earlier
            try records.update(row)
        }
        for (index, goal) in export.goals.enumerated() {
            var row = goal
            row.id = nil
            row.campaignId = try new(goal.campaignId, in: campaigns, at: "goals[\(index)].campaignId")
            try records.insert(&row)
        }
        var mapped = Set<[Int64]>()
        for (index, mapping) in export.mappings.enumerated() {
            var row = mapping
            row.campaignId = try new(mapping.campaignId, in: campaigns, at: "mappings[\(index)].campaignId")
            row.stakeholderId = try new(mapping.stakeholderId, in: people, at: "mappings[\(index)].stakeholderId")
            // Two people of the file matched to one person of the store: mapped once.
            if mapped.insert([row.campaignId, row.stakeholderId]).inserted { try records.save(row) }
        }
        for (index, change) in export.stanceChanges.enumerated() {
            var row = StanceChange(campaignId: try new(change.campaignId, in: campaigns, at: "stanceChanges[\(index)].campaignId"),
                                   stakeholderId: try new(change.stakeholderId, in: people, at: "stanceChanges[\(index)].stakeholderId"),
                                   day: change.day, stance: change.stance)
            try records.insert(&row)
        }
    }

    private mutating func addMeetings() throws {
        for (index, meeting) in export.meetings.enumerated() {
            let old = try given(meeting.id, at: "meetings[\(index)].id")
            var row = meeting
            row.id = nil
            row.campaignId = try new(meeting.campaignId, in: campaigns, at: "meetings[\(index)].campaignId")
            row.stakeholderId = try new(meeting.stakeholderId, in: people, at: "meetings[\(index)].stakeholderId")
            meetings[old] = try records.insert(&row)
            summary.meetings += 1
        }
        for (index, note) in export.notes.enumerated() {
            try records.insertNote(meeting: try new(note.meetingId, in: meetings, at: "notes[\(index)].meetingId"), text: note.text)
        }
        for (index, quote) in export.quotes.enumerated() {
            var row = quote
            row.id = nil
            row.meetingId = try new(quote.meetingId, in: meetings, at: "quotes[\(index)].meetingId")
            try records.insert(&row)
        }
        for (index, followUp) in export.followUps.enumerated() {
            var row = followUp
            row.id = nil
            row.campaignId = try new(followUp.campaignId, in: campaigns, at: "followUps[\(index)].campaignId")
            row.meetingId = try followUp.meetingId.map { try new($0, in: meetings, at: "followUps[\(index)].meetingId") }
            try records.insert(&row)
        }
        for (index, change) in export.ideaChanges.enumerated() {
            var row = IdeaChange(meetingId: try new(change.meetingId, in: meetings, at: "ideaChanges[\(index)].meetingId"), text: change.text)
            try records.insert(&row)
        }
    }

    private mutating func addObjectionsAndWins() throws {
        for (index, objection) in export.objections.enumerated() {
            var row = objection
            row.id = nil
            row.campaignId = try new(objection.campaignId, in: campaigns, at: "objections[\(index)].campaignId")
            row.stakeholderId = try objection.stakeholderId.map { try new($0, in: people, at: "objections[\(index)].stakeholderId") }
            row.meetingId = try objection.meetingId.map { try new($0, in: meetings, at: "objections[\(index)].meetingId") }
            try records.insert(&row)
        }
        for (index, win) in export.wins.enumerated() {
            let old = try given(win.id, at: "wins[\(index)].id")
            var row = win
            row.id = nil
            row.campaignId = try new(win.campaignId, in: campaigns, at: "wins[\(index)].campaignId")
            wins[old] = try records.insert(&row)
        }
        var linked = Set<[Int64]>()
        for (index, link) in export.winPeople.enumerated() {
            let win = try new(link.winId, in: wins, at: "winPeople[\(index)].winId")
            let person = try new(link.stakeholderId, in: people, at: "winPeople[\(index)].stakeholderId")
            if linked.insert([win, person]).inserted { try records.link(win: win, stakeholder: person) }
        }
    }

    private func addFigures() throws {
        for (index, metric) in export.metrics.enumerated() {
            var row = metric
            row.id = nil
            row.campaignId = try new(metric.campaignId, in: campaigns, at: "metrics[\(index)].campaignId")
            try records.insert(&row)
        }
        for (index, option) in export.options.enumerated() {
            var row = option
            row.id = nil
            row.campaignId = try new(option.campaignId, in: campaigns, at: "options[\(index)].campaignId")
            try records.insert(&row)
        }
        for (index, decision) in export.decisions.enumerated() {
            var row = decision
            row.id = nil
            row.campaignId = try new(decision.campaignId, in: campaigns, at: "decisions[\(index)].campaignId")
            try records.insert(&row)
        }
    }

    /// The id a row had in the file; a row without one cannot be referred to.
    private func given(_ id: Int64?, at field: String) throws -> Int64 {
        guard let id else { throw BuyInError.importUnreadable(path: path, at: field) }
        return id
    }

    /// The new id of a row the file refers to. A reference to a row the file does not hold
    /// means the file was changed by hand: refused, naming the field.
    private func new(_ old: Int64, in ids: [Int64: Int64], at field: String) throws -> Int64 {
        guard let id = ids[old] else { throw BuyInError.importUnreadable(path: path, at: field) }
        return id
    }
}
