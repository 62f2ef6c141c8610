/// What a person changes about a stakeholder; nil leaves a field as it is.
public struct StakeholderChange: Sendable {
    public var name, role, department, email: String?
    public var influence, interest: Int?
    /// Per campaign: the stance we need from them, and the stance known before any meeting.
    public var targetStance: Stance?
    public var initialStance: Stance?
    public init() {}
}
