extension RecordStore {
    /// Gathers the pre-read of a campaign in one read snapshot. Private notes are never read;
    /// quotes are read with `isShareable = 1` only.
    public func briefing(of ref: CampaignRef, prepared: Day) throws -> Briefing {
        try read { records in
            let campaign = try records.campaign(ref)
            let id = campaign.id!
            let goals = try records.goals(campaign: id)
            let metrics = try records.metrics(campaign: id)
            let wins = try records.wins(campaign: id, only: nil)
            let people = try records.mappedStakeholders(campaign: id)
            let quotes = try records.shareableQuotes(campaign: id)
            let objections = try records.objectionViews(campaign: id, order: .openFirst)
            let meetings = try records.meetingSummaries(campaign: id, stakeholder: nil)
            let decisions = DecisionHistory(try records.decisions(campaign: id))

            let totalInfluence = people.reduce(0) { $0 + $1.influence }
            let supportiveInfluence = people.filter { $0.currentStance?.isSupportive ?? false }.reduce(0) { $0 + $1.influence }
            let stakeholders = Briefing.Stakeholders(
                mapped: people.count,
                met: people.filter { $0.meetingCount > 0 }.count,
                influenceWeightedSupport: totalInfluence == 0 ? 0 : Int((Double(supportiveInfluence) * 100 / Double(totalInfluence)).rounded()),
                people: people.map {
                    Briefing.Person(name: $0.name, role: $0.role, department: $0.department, influence: $0.influence,
                                    meetings: $0.meetingCount, firstStance: $0.firstStance, currentStance: $0.currentStance,
                                    targetStance: $0.targetStance)
                },
                champions: people.filter { $0.currentStance == .champion }.map(\.name),
                stillSkeptical: people.filter { ($0.currentStance?.score ?? 0) < 0 }.map(\.name))

            var earlierAttempt: Briefing.EarlierAttempt?
            if let earlier = try records.earlierAttempt(of: campaign), let earlierId = campaign.previousId {
                let then = Dictionary(try records.mappedStakeholders(campaign: earlierId).map { ($0.id, $0.currentStance) }) { first, _ in first }
                let movements = people.compactMap { person -> Briefing.Movement? in
                    guard let stance = then[person.id], stance != person.currentStance else { return nil }
                    return Briefing.Movement(name: person.name, then: stance, now: person.currentStance)
                }
                earlierAttempt = Briefing.EarlierAttempt(title: earlier.title, slug: earlier.slug, decision: earlier.decision, movements: movements)
            }

            return Briefing(
                header: .init(title: campaign.title, slug: campaign.slug, author: campaign.author, decisionOwner: campaign.decisionOwner,
                              decideBy: campaign.decideBy, prepared: prepared),
                ask: campaign.ask, recommendation: campaign.recommendation,
                why: campaign.why, whyGoals: campaign.whyGoals, whyCare: campaign.whyCare, how: campaign.how, what: campaign.what,
                alignment: goals.map { .init(goal: $0.text, kpi: $0.kpi, department: $0.department, baseline: $0.baseline, target: $0.target, unit: $0.unit) },
                metrics: metrics.map { .init(label: $0.label, value: $0.value, unit: $0.unit, source: $0.source, day: $0.day) },
                wins: wins.map { .init(day: $0.day, text: $0.text, kind: $0.kind, people: $0.people) },
                stakeholders: stakeholders,
                quotes: quotes,
                objections: objections.map {
                    .init(objection: $0.text, concern: $0.concern, category: $0.category, response: $0.response, status: $0.status,
                          confirmed: $0.isConfirmed, raisedBy: $0.stakeholder)
                },
                nextSteps: campaign.ifApproved.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty },
                meetingLog: meetings.map { .init(day: $0.day, stakeholder: $0.stakeholder, channel: $0.channel, stanceAfter: $0.stanceAfter, outcome: $0.outcome, summary: $0.summary) },
                decision: decisions.latest, earlierDecisions: decisions.earlier, earlierAttempt: earlierAttempt)
        }
    }
}
