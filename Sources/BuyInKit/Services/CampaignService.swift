extension CampaignRepository {
    /// The id of the campaign a command works on (`campaign(_:)`).
    func campaignID(_ ref: CampaignRef) throws -> Int64 { try campaign(ref).storedID() }

    /// The campaign a command works on: the one named (its slug as typed, or the title whose
    /// slug it would be), else the current one, else the latest started.
    func campaign(_ ref: CampaignRef) throws -> Campaign {
        switch ref {
        case .named(let name):
            let typed = name.trimmed.lowercased()
            if let campaign = try campaign(slug: typed) { return campaign }
            let fromTitle = Slug.make(from: name)
            if fromTitle != typed, let campaign = try campaign(slug: fromTitle) { return campaign }
            throw try unknownCampaign(name, typed: fromTitle)
        case .current:
            if let campaign = try currentCampaign() ?? latestCampaign() { return campaign }
            throw BuyInError.noCampaign
        }
    }

    /// The error for a campaign name that matches none, with the ones meant when that is
    /// clear: every campaign whose short name starts so ("social" for social-selling and
    /// social-ads), else the nearest by spelling. Never chosen silently: a command may delete.
    func unknownCampaign(_ name: String, typed: String) throws -> BuyInError {
        let slugs = try campaignSummaries().map(\.slug)
        let started = slugs.filter { $0.hasPrefix(typed) }
        let near = started.isEmpty ? EditDistance.nearest(to: typed, among: slugs.map { ($0, $0) }) : started
        return near.isEmpty ? .unknownCampaign(name) : .unknownCampaignNear(name, suggestions: Array(near.prefix(5)))
    }
}

extension CampaignRepository where Self: DecisionRepository {
    /// The campaign this one is a new attempt of, if it still exists, with its latest decision.
    func earlierAttempt(of campaign: Campaign) throws -> EarlierAttempt? {
        guard let id = campaign.previousId, let earlier = try self.campaign(id: id) else { return nil }
        return EarlierAttempt(slug: earlier.slug, title: earlier.title, decision: try latestDecision(campaign: id))
    }
}

extension CampaignRepository where Self: StakeholderRepository {
    /// A new attempt starts with the earlier one's goals and people: each person's target
    /// stands, and where they stood at the end becomes where they start.
    func carryOver(from earlier: Int64, to campaign: Int64) throws {
        for goal in try goals(campaign: earlier) {
            var copy = goal
            copy.id = nil
            copy.campaignId = campaign
            try insert(&copy)
        }
        for person in try mappedStakeholders(campaign: earlier) {
            try save(CampaignStakeholder(campaignId: campaign, stakeholderId: person.id, targetStance: person.targetStance,
                                         initialStance: person.currentStance, decisionRole: person.decisionRole, hasVeto: person.hasVeto))
        }
    }
}

extension RecordStore {
    /// Creates a campaign and makes it the current one. After an earlier attempt (`earlier`),
    /// it starts from that one's why, ask and goals, and its people where they stand now;
    /// what `circle` sets replaces what was carried over.
    public func startCampaign(title: String, author: String, circle: GoldenCircle.Change, today: Day,
                              after earlier: CampaignRef? = nil) throws -> Campaign {
        let title = title.trimmed
        guard !title.isEmpty else { throw BuyInError.emptyText(field: "title") }
        return try write { records in
            let previous = try earlier.map { try records.campaign($0) }
            let base = Slug.make(from: title)
            var slug = base
            var suffix = 2
            while try records.isSlugTaken(slug) {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            var campaign = Campaign(slug: slug, title: title, author: author, createdOn: today)
            if let previous {
                campaign.apply(previous.circle.carriedOver)
                campaign.previousId = previous.id
            }
            campaign.apply(circle)
            try records.insert(&campaign)
            if let previous { try records.carryOver(from: previous.storedID(), to: campaign.storedID()) }
            try records.makeCurrent(slug: campaign.slug)
            return campaign
        }
    }

    /// The campaign named, else the current one.
    public func campaign(_ ref: CampaignRef) throws -> Campaign {
        try read { records in try records.campaign(ref) }
    }

    /// Makes a campaign the current one.
    public func useCampaign(_ slug: String) throws -> Campaign {
        try write { records in
            let campaign = try records.campaign(.named(slug))
            try records.makeCurrent(slug: campaign.slug)
            return campaign
        }
    }

    public func campaigns() throws -> [CampaignSummary] {
        try read { records in
            let current = try? records.campaign(.current)
            return try records.campaignSummaries().map { summary in
                var summary = summary
                summary.isCurrent = summary.slug == current?.slug
                return summary
            }
        }
    }

    /// Updates the golden circle and the ask; returns the campaign as stored.
    public func updateCircle(of ref: CampaignRef, _ change: GoldenCircle.Change) throws -> Campaign {
        try write { records in
            var campaign = try records.campaign(ref)
            campaign.apply(change)
            try records.update(campaign)
            return campaign
        }
    }

    public func addGoal(_ entry: GoalEntry, in ref: CampaignRef) throws -> Goal {
        guard !entry.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "goal") }
        return try write { records in
            var goal = Goal(campaignId: try records.campaignID(ref), entry)
            try records.insert(&goal)
            return goal
        }
    }

    public func goals(in ref: CampaignRef) throws -> [Goal] {
        try read { records in try records.goals(campaign: records.campaignID(ref)) }
    }

    /// Deletes one record of a campaign; what hangs off it (a meeting's notes, quotes and next
    /// steps) goes with it. Objections raised in a deleted meeting stay, without their link to it.
    public func delete(_ kind: RecordKind, id: Int64, in ref: CampaignRef) throws {
        try write { records in
            guard try records.delete(kind, id: id, campaign: records.campaignID(ref)) else {
                throw BuyInError.unknownRecord(kind: kind, id: id)
            }
        }
    }
}

extension RecordStore {
    /// Gives a campaign a new title and, when asked, a new short name; the current campaign
    /// stays current under its new name.
    public func renameCampaign(_ ref: CampaignRef, title: String, slug: String? = nil) throws -> Campaign {
        let title = title.trimmed
        guard !title.isEmpty else { throw BuyInError.emptyText(field: "title") }
        if let slug, Slug.make(from: slug) != slug { throw BuyInError.invalidSlug(slug) }
        return try write { records in
            var campaign = try records.campaign(ref)
            let wasCurrent = try records.currentCampaign()?.id == campaign.id
            if let slug, slug != campaign.slug {
                if try records.isSlugTaken(slug) { throw BuyInError.slugTaken(slug) }
                campaign.slug = slug
            }
            campaign.title = title
            try records.update(campaign)
            if wasCurrent { try records.makeCurrent(slug: campaign.slug) }
            return campaign
        }
    }

    /// Puts a campaign away (`day`), or back (nil): an archived campaign keeps its record and
    /// leaves `campaign list` unless `--all` is given. Archiving the current campaign makes the
    /// latest one still under way current, which it returns; with none left, it stays current.
    public func archiveCampaign(_ ref: CampaignRef, on day: Day?) throws -> (campaign: Campaign, nowCurrent: CampaignSummary?) {
        try write { records in
            var campaign = try records.campaign(ref)
            let wasCurrent = try records.campaign(.current).id == campaign.id
            campaign.archivedOn = day
            try records.update(campaign)
            guard day != nil, wasCurrent,
                  let next = try records.campaignSummaries().last(where: { $0.archivedOn == nil && $0.slug != campaign.slug }) else {
                return (campaign, nil)
            }
            try records.makeCurrent(slug: next.slug)
            return (campaign, next)
        }
    }

    /// The campaign a deletion would remove and how many meetings go with it: what to ask before it.
    public func deletionOf(campaign ref: CampaignRef, today: Day) throws -> (campaign: Campaign, meetings: Int) {
        try read { records in
            let campaign = try records.campaign(ref)
            return (campaign, try records.counts(campaign: campaign.storedID(), today: today).meetings)
        }
    }

    /// Deletes a campaign with everything recorded in it; the people stay.
    public func deleteCampaign(id: Int64) throws {
        try write { records in try records.deleteCampaign(id: id) }
    }
}

extension RecordStore {
    /// Notes that a pre-read of the campaign was written to a file today: `status` marks the
    /// pre-read done only then, never by the calendar.
    public func notePreReadWritten(of ref: CampaignRef, on day: Day) throws {
        try write { records in try records.notePreReadWritten(campaign: records.campaignID(ref), on: day) }
    }
}
