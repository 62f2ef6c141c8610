extension CampaignRepository {
    /// The campaign a command works on: the one named (its slug as typed, or the title whose
    /// slug it would be), else the current one, else the latest started.
    func campaign(_ ref: CampaignRef) throws -> Campaign {
        switch ref {
        case .named(let name):
            let typed = name.trimmed.lowercased()
            if let campaign = try campaign(slug: typed) { return campaign }
            let fromTitle = Slug.make(from: name)
            if fromTitle != typed, let campaign = try campaign(slug: fromTitle) { return campaign }
            throw BuyInError.unknownCampaign(name)
        case .current:
            if let campaign = try currentCampaign() ?? latestCampaign() { return campaign }
            throw BuyInError.noCampaign
        }
    }
}

extension RecordStore {
    /// Creates a campaign and makes it the current one.
    public func startCampaign(title: String, author: String, circle: GoldenCircle.Change, today: Day) throws -> Campaign {
        let title = title.trimmed
        guard !title.isEmpty else { throw BuyInError.emptyText(field: "title") }
        return try write { records in
            let base = Slug.make(from: title)
            var slug = base
            var suffix = 2
            while try records.isSlugTaken(slug) {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            var campaign = Campaign(slug: slug, title: title, author: author, createdOn: today)
            campaign.apply(circle)
            try records.insert(&campaign)
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

    public func addGoal(_ goal: Goal, in ref: CampaignRef) throws -> Goal {
        guard !goal.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "goal") }
        return try write { records in
            var goal = goal
            goal.campaignId = try records.campaign(ref).id!
            try records.insert(&goal)
            return goal
        }
    }

    public func goals(in ref: CampaignRef) throws -> [Goal] {
        try read { records in try records.goals(campaign: records.campaign(ref).id!) }
    }

    /// Deletes one record of a campaign; what hangs off it (a meeting's notes, quotes and next
    /// steps) goes with it. Objections raised in a deleted meeting stay, without their link to it.
    public func delete(_ kind: BuyInError.RecordKind, id: Int64, in ref: CampaignRef) throws {
        try write { records in
            guard try records.delete(kind, id: id, campaign: records.campaign(ref).id!) else {
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

    /// The campaign a deletion would remove and how many meetings go with it: what to ask before it.
    public func deletionOf(campaign ref: CampaignRef, today: Day) throws -> (campaign: Campaign, meetings: Int) {
        try read { records in
            let campaign = try records.campaign(ref)
            return (campaign, try records.counts(campaign: campaign.id!, today: today).meetings)
        }
    }

    /// Deletes a campaign with everything recorded in it; the people stay.
    public func deleteCampaign(id: Int64) throws {
        try write { records in try records.deleteCampaign(id: id) }
    }
}
