import Foundation

extension RecordStore {
    /// Reads the whole state of a campaign in one snapshot and names the next step.
    public func journey(of ref: CampaignRef, today: Day, _ l: Localizer) throws -> JourneyStatus {
        try campaignAndJourney(of: ref, today: today, l).status
    }

    /// The campaign and where it stands, read in one snapshot.
    public func campaignAndJourney(of ref: CampaignRef, today: Day, _ l: Localizer) throws -> (campaign: Campaign, status: JourneyStatus) {
        try read { records in
            let campaign = try records.campaign(ref)
            return (campaign, try Self.journey(records, campaign, today: today, l))
        }
    }

    /// The next step's command is written in the reader's words: their placeholders, their stance words.
    static func journey(_ records: any Records, _ campaign: Campaign, today: Day, _ l: Localizer) throws -> JourneyStatus {
        let placeholder = l.text("placeholder.text")
        let id = try campaign.storedID()
        let people = try records.mappedStakeholders(campaign: id)
        let counts = try records.counts(campaign: id, today: today)
        let (goals, meetings, objections, openObjections) = (counts.goals, counts.meetings, counts.objections, counts.openObjections)
        let (wins, openFollowUps, overdue, oldestOpen) = (counts.wins, counts.openFollowUps, counts.overdueFollowUps, counts.oldestOpenObjection)
        let decision = try records.latestDecision(campaign: id)
        let preReadWritten = try records.preReadWritten(campaign: id)
        let decisionTime = decision != nil || (campaign.decideBy.map { $0 < today } ?? false)

        var status = JourneyStatus(
            slug: campaign.slug, title: campaign.title, stage: nil, completed: [], goals: goals, mapped: people.count,
            met: people.filter { $0.meetingCount > 0 }.count, meetings: meetings,
            movedUp: people.filter { Self.movement($0) > 0 }.count, movedDown: people.filter { Self.movement($0) < 0 }.count,
            supportive: people.filter { $0.currentStance?.isSupportive ?? false }.count,
            skeptical: people.filter { ($0.currentStance?.score ?? 0) < 0 }.count,
            openObjections: openObjections, objections: objections, wins: wins,
            openFollowUps: openFollowUps, overdueFollowUps: overdue, decideBy: campaign.decideBy, decision: decision,
            earlierAttempt: try records.earlierAttempt(of: campaign),
            decisionWarnings: DecisionWarning.of(people, decided: decision != nil))
        status.goneQuiet = QuietPerson.among(people, today: today, decided: decision != nil)

        let quoted = { (text: String) in "\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"" }
        let unmet = people.first { $0.meetingCount == 0 }
        // Each stage with whether it is done and, if not, what to do about it; a stage whose time
        // has gone by without it is passed, not done.
        let passed: Set<JourneyStage> = decisionTime && preReadWritten == nil ? [.preRead] : []
        let stages: [(JourneyStage, Bool, NextStep)] = [
            (.why, campaign.circle.hasWhy,
             NextStep(key: "next.why", arguments: [], command: "buyin why --edit")),
            (.alignment, goals > 0,
             NextStep(key: "next.alignment", arguments: [], command: "buyin goal add \(quoted(placeholder)) --department … --kpi … --baseline … --target …")),
            (.stakeholders, !people.isEmpty,
             NextStep(key: "next.stakeholders", arguments: [], command: "buyin stakeholder add \(quoted(l.text("placeholder.name"))) --role … --influence 4 --target \(Stance.supporter.word(l))")),
            (.meetings, !people.isEmpty && unmet == nil && overdue == 0,
             unmet.map { NextStep(key: "next.meet", arguments: [$0.name, String($0.influence)], command: "buyin meeting log \(quoted($0.name))") }
                ?? NextStep(key: overdue == 1 ? "next.followUps.one" : "next.followUps.other", arguments: [String(overdue)],
                            command: "buyin followups")),
            (.objections, meetings > 0 && openObjections == 0,
             NextStep(key: "next.objection", arguments: [String(oldestOpen ?? 0)], command: "buyin objection answer \(oldestOpen ?? 0) \(quoted(placeholder))")),
            (.wins, wins > 0,
             NextStep(key: "next.win", arguments: [], command: "buyin win add \(quoted(placeholder))")),
            (.preRead, preReadWritten != nil,
             NextStep(key: "next.brief", arguments: [], command: "buyin brief --format html --output brief.html")),
            (.decision, decision != nil,
             NextStep(key: "next.decision", arguments: [], command: "buyin decision approved --reason \(quoted(placeholder))")),
        ]
        for (stage, done, next) in stages {
            if done {
                status.completed.append(stage)
            } else if passed.contains(stage) {
                status.passed.append(stage)
            } else if status.stage == nil {
                status.stage = stage
                status.nextStep = next
            }
        }
        if let decision {
            status.nextStep = decision.outcome == .approved
                ? NextStep(key: "next.approved", arguments: [], command: "buyin win add \(quoted(placeholder)) --kind \(WinKind.commitment.word(l))")
                : NextStep(key: "next.retry", arguments: [], command: "buyin decision show")
        }
        return status
    }

    /// How far a stakeholder moved: positive towards support.
    static func movement(_ person: MappedStakeholder) -> Int {
        guard let first = person.firstStance, let now = person.currentStance else { return 0 }
        return now.score - first.score
    }
}
