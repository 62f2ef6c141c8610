/// The steps that win buy-in, in order.
public enum JourneyStage: String, CaseIterable, Codable, Sendable {
    case why, alignment, stakeholders, meetings, objections, wins, preRead, decision
}

/// The one next step that makes sense, as a command a person can run.
public struct NextStep: Codable, Sendable, Equatable {
    /// The translation key of the advice, and its arguments.
    public var key: String
    public var arguments: [String]
    /// The command to run; literal command words, placeholders in the reader's language.
    public var command: String?
}

/// Where a campaign stands: the figures that tell the story, the stage reached, the next step.
public struct JourneyStatus: Codable, Sendable {
    public var slug: String
    public var title: String
    public var stage: JourneyStage?
    public var completed: [JourneyStage]
    /// Stages whose time went by without them (a decision taken with no pre-read written by buyin).
    public var passed: [JourneyStage] = []
    public var goals: Int
    public var mapped: Int
    public var met: Int
    public var meetings: Int
    public var movedUp: Int
    public var movedDown: Int
    public var supportive: Int
    public var skeptical: Int
    public var openObjections: Int
    public var objections: Int
    public var wins: Int
    public var openFollowUps: Int
    public var overdueFollowUps: Int
    public var decideBy: Day?
    public var decision: Decision?
    /// The campaign this one is a new attempt of, with how it ended.
    public var earlierAttempt: EarlierAttempt?
    /// What stands in the way of a decision that would hold: no approver named, a person who
    /// may block it not yet met or not on side. Left out when there is nothing to say.
    public var decisionWarnings: [DecisionWarning]?
    /// Influential people not met for a while, and key people never met (`QuietPerson`); left
    /// out when there is no one.
    public var goneQuiet: [QuietPerson]? = nil
    public var nextStep: NextStep?
}

/// One warning of `status` about who decides (`stakeholder edit --decision-role`, `--veto`).
public struct DecisionWarning: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case noApprover, vetoNotMet, vetoOpposed }
    public var kind: Kind
    public var name: String?
    public var stance: Stance?

    /// Once people are mapped and until the decision: no approver, then each veto holder not
    /// met yet or whose stance now is skeptic or blocker.
    static func of(_ people: [MappedStakeholder], decided: Bool) -> [DecisionWarning]? {
        guard !people.isEmpty, !decided else { return nil }
        var warnings: [DecisionWarning] = []
        if !people.contains(where: { $0.decisionRole == .approver }) { warnings.append(DecisionWarning(kind: .noApprover)) }
        for person in people where person.hasVeto {
            if person.meetingCount == 0 {
                warnings.append(DecisionWarning(kind: .vetoNotMet, name: person.name, stance: person.currentStance))
            } else if let stance = person.currentStance, stance.score < 0 {
                warnings.append(DecisionWarning(kind: .vetoOpposed, name: person.name, stance: stance))
            }
        }
        return warnings.isEmpty ? nil : warnings
    }
}

/// The attempt a campaign follows (`start --after`), and the decision that closed it: its
/// lessons are what the new attempt is for.
public struct EarlierAttempt: Codable, Sendable, Equatable {
    public var slug: String
    public var title: String
    public var decision: Decision?
}
