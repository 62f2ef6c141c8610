/// What a person records when leadership decides.
public struct DecisionEntry: Sendable {
    public var outcome: DecisionOutcome
    public var day: Day
    public var reason = ""
    public var lessons = ""
    public var nextAttempt = ""
    public init(outcome: DecisionOutcome, day: Day) { self.outcome = outcome; self.day = day }
}

extension RecordStore {
    /// Records a decision of a campaign; earlier ones stay, with their lessons.
    public func recordDecision(_ entry: DecisionEntry, in ref: CampaignRef) throws -> (campaign: Campaign, decision: Decision) {
        try write { records in
            let campaign = try records.campaign(ref)
            var decision = Decision(campaignId: try campaign.storedID(), outcome: entry.outcome, day: entry.day, reason: entry.reason.trimmed,
                                    lessons: entry.lessons.trimmed, nextAttempt: entry.nextAttempt.trimmed)
            try records.insert(&decision)
            return (campaign, decision)
        }
    }

    /// The campaign, the decision in force and the earlier ones.
    public func decisions(in ref: CampaignRef) throws -> (campaign: Campaign, history: DecisionHistory) {
        try read { records in
            let campaign = try records.campaign(ref)
            return (campaign, DecisionHistory(try records.decisions(campaign: campaign.storedID())))
        }
    }
}
