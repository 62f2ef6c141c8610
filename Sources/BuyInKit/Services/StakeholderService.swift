extension StakeholderRepository {
    /// Finds a stakeholder by id (`12`, `#12`) or by an unambiguous part of their name, in any
    /// case and with or without accents: the whole name, then a whole word of it ("Julie" for
    /// Julie Martin wins over "Julie" of Julien), then its start, then the start of any word.
    func stakeholder(_ query: String) throws -> Stakeholder {
        let text = query.trimmed
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(digits) {
            guard let found = try stakeholder(id: id) else { throw BuyInError.unknownStakeholder(query) }
            return found
        }
        let folded = Vocabulary.fold(text)
        guard !folded.isEmpty else { throw BuyInError.unknownStakeholder(query) }
        if let exact = try stakeholder(foldedName: folded) { return exact }
        for match in NameMatch.allCases {
            let matches = try stakeholders(matching: match, folded, limit: 11)
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                throw BuyInError.ambiguousStakeholder(query, candidates: try matches.prefix(10).map { StakeholderCandidate(name: $0.name, id: try $0.storedID()) })
            }
        }
        let near = EditDistance.nearest(to: folded, among: try stakeholderNames().map { ($0.foldedName, $0.name) })
        if !near.isEmpty { throw BuyInError.unknownStakeholderNear(query, suggestions: Array(near.prefix(3))) }
        throw BuyInError.unknownStakeholder(query)
    }

    /// Maps a stakeholder in a campaign, keeping what was there unless told otherwise.
    func map(campaign: Int64, stakeholder: Int64, target: Stance? = nil, stance: Stance? = nil, role: DecisionRole? = nil,
             clearsRole: Bool = false, veto: Bool? = nil) throws {
        var row = try mapping(campaign: campaign, stakeholder: stakeholder) ?? CampaignStakeholder(campaignId: campaign, stakeholderId: stakeholder)
        if let target { row.targetStance = target }
        if let stance { row.initialStance = stance }
        if let role { row.decisionRole = role } else if clearsRole { row.decisionRole = nil }
        if let veto { row.hasVeto = veto }
        try save(row)
    }

    /// A campaign's stance history (of one person when given): its meetings, read by the caller,
    /// with the stances noted outside them, in order.
    func stanceHistory(campaign: Int64, meetings: [MeetingSummary], of person: Int64? = nil) throws -> [StanceEvent] {
        let changes = try stanceChanges(campaign: campaign).filter { person == nil || $0.stakeholderId == person }
        return StanceEvent.history(meetings: meetings, changes: changes)
    }

    /// The current stance of one stakeholder in a campaign: after their latest meeting, else as first mapped.
    func currentStance(campaign: Int64, stakeholder: Int64) throws -> Stance? {
        try latestStance(campaign: campaign, stakeholder: stakeholder)
            ?? mapping(campaign: campaign, stakeholder: stakeholder)?.initialStance
    }
}

enum Score {
    /// Influence and interest are scored 1 to 5.
    static func check(_ field: String, _ value: Int?) throws {
        if let value, !(1...5).contains(value) { throw BuyInError.invalidScore(field: field, value: String(value)) }
    }
}

extension RecordStore {
    /// Adds a person, or finds them if already known, and maps them in the campaign (when there is one).
    /// Returns the stakeholder and whether they were already known.
    public func addStakeholder(_ person: Stakeholder, in ref: CampaignRef, target: Stance?, stance: Stance?) throws
        -> (stakeholder: Stakeholder, wasKnown: Bool) {
        guard !person.name.isEmpty else { throw BuyInError.emptyText(field: "name") }
        try Score.check("influence", person.influence)
        try Score.check("interest", person.interest)
        return try write { records in
            let campaign: Campaign?
            do { campaign = try records.campaign(ref) } catch BuyInError.noCampaign { campaign = nil }
            if var known = try records.stakeholder(foldedName: person.foldedName) {
                guard let campaign, try records.mapping(campaign: campaign.storedID(), stakeholder: known.storedID()) == nil else {
                    throw BuyInError.stakeholderExists(known.name)
                }
                try records.map(campaign: campaign.storedID(), stakeholder: known.storedID(), target: target, stance: stance)
                known.role = person.role.isEmpty ? known.role : person.role
                try records.update(known)
                return (known, true)
            }
            var person = person
            try records.insert(&person)
            if let campaign { try records.map(campaign: campaign.storedID(), stakeholder: person.storedID(), target: target, stance: stance) }
            return (person, false)
        }
    }

    /// Finds a stakeholder (see `StakeholderRepository.stakeholder(_:)`).
    public func stakeholder(_ query: String) throws -> Stakeholder {
        try read { records in try records.stakeholder(query) }
    }

    /// Changes a stakeholder; per-campaign stances apply to the campaign given. A current stance
    /// is a dated step of their history there (`noted`), recorded only when it differs from
    /// where they stand.
    public func editStakeholder(_ query: String, in ref: CampaignRef, _ change: StakeholderChange) throws
        -> (stakeholder: Stakeholder, noted: NotedStance?) {
        try Score.check("influence", change.influence)
        try Score.check("interest", change.interest)
        if let name = change.name, name.trimmed.isEmpty { throw BuyInError.emptyText(field: "name") }
        return try write { records in
            var person = try records.stakeholder(query)
            if let name = change.name {
                let folded = Vocabulary.fold(name)
                // The other person with that name is most likely this one entered twice.
                if try records.isNameTaken(folded, except: person.id), let other = try records.stakeholder(foldedName: folded) {
                    throw BuyInError.renameTaken(person.name, to: other.name)
                }
                person.name = name.trimmed
                person.foldedName = folded
            }
            if let role = change.role { person.role = role }
            if let department = change.department { person.department = department }
            if let email = change.email { person.email = email }
            if let influence = change.influence { person.influence = influence }
            if let interest = change.interest { person.interest = interest }
            try records.update(person)
            var noted: NotedStance?
            if change.targetStance != nil || change.initialStance != nil || change.decisionRole != nil || change.clearsDecisionRole
                || change.hasVeto != nil || change.currentStance != nil {
                let campaign = try records.campaign(ref)
                let (campaignID, personID) = (try campaign.storedID(), try person.storedID())
                if change.decisionRole == .approver && !change.sharesApproval,
                   let approver = try records.mappedStakeholders(campaign: campaignID).first(where: { $0.decisionRole == .approver && $0.id != personID }) {
                    throw BuyInError.approverTaken(approver.name, campaign: campaign.title)
                }
                // Taking a role off someone not on the map leaves them off it.
                let onlyClears = change.targetStance == nil && change.initialStance == nil && change.decisionRole == nil && change.hasVeto != true
                    && change.currentStance == nil
                let isMapped = try records.mapping(campaign: campaignID, stakeholder: personID) != nil
                if !onlyClears || isMapped {
                    try records.map(campaign: campaignID, stakeholder: personID, target: change.targetStance, stance: change.initialStance,
                                    role: change.decisionRole, clearsRole: change.clearsDecisionRole, veto: change.hasVeto)
                }
                if let stance = change.currentStance {
                    let day = change.stanceDay ?? campaign.createdOn
                    let was = try records.currentStance(campaign: campaignID, stakeholder: personID)
                    noted = NotedStance(now: stance, was: was, day: day, isRecorded: stance != was)
                    if stance != was {
                        var row = StanceChange(campaignId: campaignID, stakeholderId: personID, day: day, stance: stance)
                        try records.insert(&row)
                    }
                }
            }
            return (person, noted)
        }
    }

    /// Everyone buyin knows, whatever the campaign.
    public func allStakeholders() throws -> [Stakeholder] {
        try read { records in try records.allStakeholders() }
    }

    /// The stakeholders mapped in a campaign, most influential first, with their stances; only
    /// those whose current stance is `stance`, or whose department contains `department` (in
    /// any case, with or without accents), when asked.
    public func mappedStakeholders(in ref: CampaignRef, stance: Stance? = nil, department: String? = nil) throws -> [MappedStakeholder] {
        let department = department.map(Vocabulary.fold)
        return try read { records in
            try records.mappedStakeholders(campaign: records.campaignID(ref)).filter { person in
                stance.map { person.currentStance == $0 } ?? true
                    && department.map { $0.isEmpty || Vocabulary.fold(person.department).contains($0) } ?? true
            }
        }
    }
}

extension RecordStore {
    /// A person's whole story, in every campaign that mapped or met them, read in one snapshot.
    public func story(of query: String) throws -> StakeholderStory {
        try read { records in
            let person = try records.stakeholder(query)
            let events = try records.timeline(stakeholder: person.storedID())
            let mappings = Dictionary(try records.mappings(stakeholder: person.storedID()).map { ($0.campaignId, $0) }) { first, _ in first }
            var chapters: [StakeholderStory.Chapter] = []
            // Campaigns in the order they were started.
            for id in Set(mappings.keys).union(events.map(\.campaignId)).sorted() {
                guard let campaign = try records.campaign(id: id) else { continue }
                let mapping = mappings[id]
                let happened = events.filter { $0.campaignId == id }
                let now = try records.latestStance(campaign: id, stakeholder: person.storedID()) ?? mapping?.initialStance
                chapters.append(.init(slug: campaign.slug, title: campaign.title, currentStance: now,
                                      targetStance: mapping?.targetStance, decisionRole: mapping?.decisionRole,
                                      hasVeto: mapping?.hasVeto ?? false, events: happened))
            }
            return StakeholderStory(stakeholder: person, influence: try records.influence(of: person), chapters: chapters)
        }
    }
}

extension RecordStore {
    /// Takes a person off a campaign's map; their meetings in it stay on record.
    public func removeStakeholder(_ query: String, from ref: CampaignRef) throws -> (stakeholder: Stakeholder, campaign: Campaign) {
        try write { records in
            let campaign = try records.campaign(ref)
            let person = try records.stakeholder(query)
            guard try records.mapping(campaign: campaign.storedID(), stakeholder: person.storedID()) != nil else {
                throw BuyInError.notMapped(person.name, campaign: campaign.title)
            }
            try records.deleteMapping(campaign: campaign.storedID(), stakeholder: person.storedID())
            return (person, campaign)
        }
    }

    /// Who a deletion would remove, and how many meetings go with them: what to ask before it.
    public func deletionOf(_ query: String) throws -> (stakeholder: Stakeholder, meetings: Int) {
        try read { records in
            let person = try records.stakeholder(query)
            return (person, try records.meetingCount(stakeholder: person.storedID()))
        }
    }

    /// Deletes a person everywhere, with their meetings; returns who and how many meetings.
    public func deleteStakeholder(id: Int64) throws -> (stakeholder: Stakeholder, meetings: Int) {
        try write { records in
            guard let person = try records.stakeholder(id: id) else { throw BuyInError.unknownStakeholder("#\(id)") }
            let meetings = try records.meetingCount(stakeholder: id)
            try records.deleteStakeholder(id: id)
            return (person, meetings)
        }
    }

    /// Merges a duplicate into the person to keep: meetings, objections, wins and campaign
    /// links move over, an empty role, department or e-mail takes the duplicate's, stances
    /// noted only on the duplicate's map are kept; then the duplicate is gone.
    public func mergeStakeholder(_ duplicateQuery: String, into keptQuery: String) throws
        -> (duplicate: Stakeholder, kept: Stakeholder, meetings: Int) {
        try write { records in
            let duplicate = try records.stakeholder(duplicateQuery)
            var kept = try records.stakeholder(keptQuery)
            guard duplicate.id != kept.id else { throw BuyInError.sameStakeholder(kept.name) }
            let (from, to) = (try duplicate.storedID(), try kept.storedID())
            for mapping in try records.mappings(stakeholder: from) {
                var merged = try records.mapping(campaign: mapping.campaignId, stakeholder: to)
                    ?? CampaignStakeholder(campaignId: mapping.campaignId, stakeholderId: to)
                merged.targetStance = merged.targetStance ?? mapping.targetStance
                merged.initialStance = merged.initialStance ?? mapping.initialStance
                merged.decisionRole = merged.decisionRole ?? mapping.decisionRole
                merged.hasVeto = merged.hasVeto || mapping.hasVeto
                try records.save(merged)
            }
            let meetings = try records.meetingCount(stakeholder: from)
            try records.reassignRecords(from: from, to: to)
            if kept.role.isEmpty { kept.role = duplicate.role }
            if kept.department.isEmpty { kept.department = duplicate.department }
            if kept.email.isEmpty { kept.email = duplicate.email }
            try records.update(kept)
            try records.deleteStakeholder(id: from)
            return (duplicate, kept, meetings)
        }
    }
}

/// A stance noted outside a meeting (`stakeholder edit --stance`): where the person stands now,
/// where they stood before it, and whether it was recorded (not when they already stood there).
public struct NotedStance: Sendable, Equatable {
    public var now: Stance
    public var was: Stance?
    public var day: Day
    public var isRecorded: Bool
}
