extension RecordStore {
    /// Gathers the pre-read of a campaign in one read snapshot. Private notes are never read;
    /// quotes are read with `isShareable = 1` only.
    public func briefing(of ref: CampaignRef, prepared: Day) throws -> Briefing {
        try read { records in
            let campaign = try records.campaign(ref)
            let id = try campaign.storedID()
            let goals = try records.goals(campaign: id)
            let metrics = try records.metrics(campaign: id)
            let wins = try records.wins(campaign: id, only: nil)
            let people = try records.mappedStakeholders(campaign: id)
            let quotes = try records.shareableQuotes(campaign: id)
            let objections = try records.objectionViews(campaign: id, order: .openFirst)
            let meetings = try records.meetingSummaries(campaign: id, stakeholder: nil)
            let decisions = DecisionHistory(try records.decisions(campaign: id))
            let options = try records.options(campaign: id).map {
                Briefing.OptionRow(text: $0.text, cost: $0.cost, costUnit: $0.costUnit, expectedReturn: $0.expectedReturn,
                                   pros: $0.pros, cons: $0.cons, recommended: $0.isRecommended)
            }
            let owner = DecisionOwner.find(in: people, ownerLine: campaign.decisionOwner)
            let influence = Dictionary(people.map { ($0.name, $0.influence) }) { first, _ in first }

            let opposed = people.compactMap { person in
                person.currentStance.flatMap { $0.score < 0 ? Briefing.Named(name: person.name, stance: $0) : nil }
            }
            let stakeholders = Briefing.Stakeholders(
                mapped: people.count,
                met: people.filter { $0.meetingCount > 0 }.count,
                influenceWeightedSupport: SupportShare.of(people) { $0.currentStance },
                people: people.map {
                    Briefing.Person(name: $0.name, role: $0.role, department: $0.department, influence: $0.influence,
                                    interest: $0.interest, meetings: $0.meetingCount, firstStance: $0.firstStance,
                                    currentStance: $0.currentStance, targetStance: $0.targetStance, isDecisionOwner: $0.id == owner?.id)
                },
                champions: people.filter { $0.currentStance == .champion }.map(\.name),
                stillSkeptical: opposed.map(\.name))

            var earlierAttempt: Briefing.EarlierAttempt?
            if let earlier = try records.earlierAttempt(of: campaign), let earlierId = campaign.previousId {
                let then = Dictionary(try records.mappedStakeholders(campaign: earlierId).map { ($0.id, $0.currentStance) }) { first, _ in first }
                let movements = people.compactMap { person -> Briefing.Movement? in
                    guard let stance = then[person.id], stance != person.currentStance else { return nil }
                    return Briefing.Movement(name: person.name, then: stance, now: person.currentStance)
                }
                earlierAttempt = Briefing.EarlierAttempt(title: earlier.title, slug: earlier.slug, decision: earlier.decision.map(Briefing.DecisionRow.init),
                                                         movements: movements)
            }

            let objectionRows = objections.map {
                Briefing.ObjectionRow(objection: $0.text, concern: $0.concern, category: $0.category, response: $0.response,
                                      status: $0.status, confirmed: $0.isConfirmed, raisedBy: $0.stakeholder,
                                      raisedByDecisionOwner: owner != nil && $0.stakeholder == owner?.name,
                                      raiserInfluence: $0.stakeholder.flatMap { influence[$0] })
            }
            let alignment = goals.map {
                Briefing.AlignmentRow(goal: $0.text, kpi: $0.kpi, department: $0.department, baseline: $0.baseline, target: $0.target,
                                      unit: $0.unit, baselineValue: Double($0.baseline.trimmed), targetValue: Double($0.target.trimmed),
                                      reviewOn: $0.reviewOn)
            }
            let summary = Briefing.Summary(
                openObjections: objectionRows.filter { $0.status == .open }.sorted(by: Briefing.ObjectionRow.weighsMore),
                opposed: opposed,
                recommendedOption: options.first { $0.recommended },
                topRisk: objectionRows.filter { $0.status == .accepted }.sorted(by: Briefing.ObjectionRow.weighsMore).first,
                firstReview: goals.compactMap(\.reviewOn).min(),
                approvers: Self.holders(people.filter { $0.decisionRole == .approver }),
                vetoHolders: Self.holders(people.filter(\.hasVeto)))

            var briefing = Briefing(
                header: .init(title: campaign.title, slug: campaign.slug, author: campaign.author, decisionOwner: campaign.decisionOwner,
                              decideBy: campaign.decideBy, prepared: prepared, decisionOwnerStakeholder: owner?.name),
                summary: summary,
                ask: campaign.ask, recommendation: campaign.recommendation,
                why: campaign.why, whyGoals: campaign.whyGoals, whyCare: campaign.whyCare, how: campaign.how, what: campaign.what,
                alignment: alignment, options: options, ifNot: campaign.ifNot,
                metrics: metrics.map { .init(label: $0.label, value: $0.value, unit: $0.unit, source: $0.source, day: $0.day) },
                wins: wins.map { .init(day: $0.day, text: $0.text, kind: $0.kind, people: $0.people) },
                stakeholders: stakeholders,
                quotes: quotes,
                objections: objectionRows,
                nextSteps: campaign.ifApproved.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty },
                meetingLog: meetings.map { .init(day: $0.day, stakeholder: $0.stakeholder, channel: $0.channel, stanceAfter: $0.stanceAfter, outcome: $0.outcome, summary: $0.summary) },
                decision: decisions.latest.map(Briefing.DecisionRow.init), earlierDecisions: decisions.earlier.map(Briefing.DecisionRow.init),
                earlierAttempt: earlierAttempt)
            briefing.ideaChanges = try records.ideaChanges(campaign: id).map { .init(text: $0.text, suggestedBy: $0.stakeholder, day: $0.day) }
            let links = try records.influences()
            let names = Dictionary(people.map { ($0.id, $0.name) }) { first, _ in first }
            briefing.influenceLinks = links.compactMap { link in
                guard let from = names[link.influencerId], let to = names[link.influencedId] else { return nil }
                return Briefing.InfluenceRow(from: from, to: to)
            }
            briefing.supportByWeek = SupportShare.byWeek(people, try records.stanceHistory(campaign: id, meetings: meetings), until: prepared)
            if let owner, !(owner.currentStance?.isSupportive ?? false), decisions.latest == nil {
                let path = InfluenceSearch(mappedOnly: people, links: links).path(to: owner.id, isDecisionOwner: true)
                briefing.summary.pathToDecisionOwner = path.steps.map { Briefing.RoleHolder(name: $0.name, stance: $0.stance) }
            }
            return briefing
        }
    }
}

extension Briefing.ObjectionRow {
    /// The order of weight: the decision owner's first, open before accepted, then the more
    /// influential raiser; the sort is stable, so equals keep the record's order.
    static func weighsMore(_ a: Self, _ b: Self) -> Bool {
        if a.raisedByDecisionOwner != b.raisedByDecisionOwner { return a.raisedByDecisionOwner }
        if (a.status == .open) != (b.status == .open) { return a.status == .open }
        return (a.raiserInfluence ?? 0) > (b.raiserInfluence ?? 0)
    }
}

extension RecordStore {
    /// The people named, in the map's order, with their stance now.
    static func holders(_ people: [MappedStakeholder]) -> [Briefing.RoleHolder] {
        people.map { Briefing.RoleHolder(name: $0.name, stance: $0.currentStance) }
    }
}

/// The campaign's decision owner is a line of text ("Hélène Marchand, CEO"); the person it
/// names is the mapped stakeholder whose name begins it, case and accents aside.
enum DecisionOwner {
    static func find(in people: [MappedStakeholder], ownerLine: String) -> MappedStakeholder? {
        let line = Vocabulary.fold(ownerLine)
        guard !line.isEmpty else { return nil }
        return people.filter { person in
            let name = Vocabulary.fold(person.name)
            guard !name.isEmpty, line.hasPrefix(name) else { return false }
            // The name must end at a word's end: "Ann" does not begin "Anna Berg, CFO".
            let rest = line.dropFirst(name.count)
            return rest.first.map { !$0.isLetter && !$0.isNumber } ?? true
        }.max { Vocabulary.fold($0.name).count < Vocabulary.fold($1.name).count }
    }
}
