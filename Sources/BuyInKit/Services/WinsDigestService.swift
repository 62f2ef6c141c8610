extension RecordStore {
    /// The wins, meetings and movement of support of a campaign from `since` to `today`.
    public func winsDigest(since: Day, today: Day, in ref: CampaignRef) throws -> WinsDigest {
        try read { records in
            let campaign = try records.campaign(ref)
            let id = try campaign.storedID()
            let wins = try records.wins(campaign: id, only: nil).filter { $0.day >= since && $0.day <= today }
            let meetings = try records.meetingSummaries(campaign: id, stakeholder: nil)
            let people = try records.mappedStakeholders(campaign: id)
            let held = meetings.filter { $0.day >= since && $0.day <= today }
            let metIDs = Set(held.map(\.stakeholderId))
            var helpers: [String] = []
            for name in wins.flatMap(\.people) where !helpers.contains(name) { helpers.append(name) }
            let before = since.adding(days: -1) ?? since
            var digest = WinsDigest(title: campaign.title, slug: campaign.slug, since: since, until: today, wins: wins, helpers: helpers,
                                    meetings: held.count, met: people.filter { metIDs.contains($0.id) }.map(\.name),
                                    supportBefore: SupportShare.of(people) { SupportShare.stance(of: $0, on: before, meetings) },
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

/// Influence-weighted support: the share of the mapped people's influence held by those whose
/// stance is supporter or champion, in percent, as the pre-read counts it.
enum SupportShare {
    static func of(_ people: [MappedStakeholder], stance: (MappedStakeholder) -> Stance?) -> Int {
        percent(people.filter { stance($0)?.isSupportive ?? false }.reduce(0) { $0 + $1.influence }, of: people.reduce(0) { $0 + $1.influence })
    }

    static func percent(_ part: Int, of total: Int) -> Int {
        total == 0 ? 0 : Int((Double(part) * 100 / Double(total)).rounded())
    }

    /// Support at the end of each week, the last week ending on `until`, from the week of the
    /// first 1:1 (26 weeks at most); empty before a second week. Each person's meetings are
    /// walked once, in order, rather than searched for every week.
    static func byWeek(_ people: [MappedStakeholder], _ meetings: [MeetingSummary], until: Day, weeks limit: Int = 26) -> [Briefing.WeekSupport] {
        guard let first = meetings.map(\.day).min(), first <= until else { return [] }
        let count = min(limit, (until.ordinal - first.ordinal) / 7 + 1)
        guard count >= 2 else { return [] }
        let ends = (0..<count).reversed().compactMap { until.adding(days: -7 * $0) }
        let theirs = Dictionary(grouping: meetings, by: \.stakeholderId)
        var stances = Array(repeating: [Stance?](repeating: nil, count: ends.count), count: people.count)
        for (index, person) in people.enumerated() {
            let own = theirs[person.id] ?? []
            let firstNoted = own.first { $0.stanceBefore != nil }?.stanceBefore
            var next = 0, known = person.mappedStance
            for (week, end) in ends.enumerated() {
                while next < own.count && own[next].day <= end {
                    known = own[next].stanceAfter ?? known
                    next += 1
                }
                stances[index][week] = known ?? firstNoted
            }
        }
        let total = people.reduce(0) { $0 + $1.influence }
        return ends.enumerated().map { week, end in
            let supportive = people.indices.filter { stances[$0][week]?.isSupportive ?? false }.reduce(0) { $0 + people[$1].influence }
            return Briefing.WeekSupport(weekEnding: end, support: percent(supportive, of: total))
        }
    }

    /// A person's stance as it stood at the end of `day`: after their latest meeting by then
    /// that noted one; else as noted when they were mapped; else the first stance noted before
    /// one of their meetings (where the map's "first stance" also starts).
    static func stance(of person: MappedStakeholder, on day: Day, _ meetings: [MeetingSummary]) -> Stance? {
        let theirs = meetings.filter { $0.stakeholderId == person.id }
        return theirs.last { $0.day <= day && $0.stanceAfter != nil }?.stanceAfter ?? person.mappedStance
            ?? theirs.first { $0.stanceBefore != nil }?.stanceBefore
    }
}
