extension RecordStore {
    /// The wins, meetings and movement of support of a campaign from `since` to `today`.
    public func winsDigest(since: Day, today: Day, in ref: CampaignRef) throws -> WinsDigest {
        try read { records in
            let campaign = try records.campaign(ref)
            let id = try campaign.storedID()
            let wins = try records.wins(campaign: id, only: nil).filter { $0.day >= since && $0.day <= today }
            let meetings = try records.meetingSummaries(campaign: id, stakeholder: nil)
            let history = try records.stanceHistory(campaign: id, meetings: meetings)
            let people = try records.mappedStakeholders(campaign: id)
            let held = meetings.filter { $0.day >= since && $0.day <= today }
            let metIDs = Set(held.map(\.stakeholderId))
            var helpers: [String] = []
            for name in wins.flatMap(\.people) where !helpers.contains(name) { helpers.append(name) }
            let before = since.adding(days: -1) ?? since
            var digest = WinsDigest(title: campaign.title, slug: campaign.slug, since: since, until: today, wins: wins, helpers: helpers,
                                    meetings: held.count, met: people.filter { metIDs.contains($0.id) }.map(\.name),
                                    supportBefore: SupportShare.of(people) { SupportShare.stance(of: $0, on: before, history) },
                                    supportNow: SupportShare.of(people) { $0.currentStance }, nextMilestone: nil)
            // Whichever comes first: the decision still to take, or the next dated step.
            var upcoming: [WinsDigest.Milestone] = try records.openFollowUps(campaign: id).compactMap { step in
                step.due.flatMap { $0 >= today ? WinsDigest.Milestone(kind: .nextStep, day: $0, text: step.text) : nil }
            }
            if let decideBy = campaign.decideBy, decideBy >= today, try records.latestDecision(campaign: id) == nil {
                upcoming.append(WinsDigest.Milestone(kind: .decision, day: decideBy, text: ""))
            }
            digest.nextMilestone = upcoming.min { $0.day < $1.day }
            return digest
        }
    }
}
