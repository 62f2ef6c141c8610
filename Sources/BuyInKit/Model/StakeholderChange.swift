/// What a person changes about a stakeholder; nil leaves a field as it is.
public struct StakeholderChange: Sendable, Equatable {
    public var name, role, department, email: String?
    public var influence, interest: Int?
    /// Per campaign: the stance we need from them, and the stance known before any meeting.
    public var targetStance: Stance?
    public var initialStance: Stance?
    /// Per campaign: where they stand from `stanceDay`, noted outside a meeting.
    public var currentStance: Stance?
    public var stanceDay: Day?
    /// Per campaign: their part in the decision, and whether they may block it.
    public var decisionRole: DecisionRole?
    /// Takes their decision role off (`--no-decision-role`).
    public var clearsDecisionRole = false
    public var hasVeto: Bool?
    /// A second approver is refused unless the approval is said to be shared.
    public var sharesApproval = false
    public init() {}
}
