/// A stakeholder as seen from one campaign: where they stand now and where we need them.
public struct MappedStakeholder: Codable, Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var role: String
    public var department: String
    public var email: String
    public var influence: Int
    public var interest: Int
    public var targetStance: Stance?
    /// The stance before their first meeting in this campaign (or after it, when no "before" was noted).
    public var firstStance: Stance?
    /// The stance after their latest meeting in this campaign.
    public var currentStance: Stance?
    public var meetingCount: Int
    public var lastMet: Day?
    public var decisionRole: DecisionRole?
    public var hasVeto: Bool
    /// The stance noted when they were mapped, if one was (`firstStance` falls back on their
    /// first meeting's). Not in the JSON, which says `firstStance`.
    public var mappedStance: Stance? = nil

    enum CodingKeys: String, CodingKey {
        case id, name, role, department, email, influence, interest, targetStance, firstStance, currentStance, meetingCount, lastMet,
             decisionRole, hasVeto
    }

    /// Where a person stands, from what the store holds: the stance noted when they were mapped,
    /// else the one before (or after) their first meeting; now, after their latest meeting that
    /// noted one or the stance noted outside a meeting since (`latestStanceAfter`), else where
    /// they started.
    public init(id: Int64, name: String, role: String, department: String, email: String, influence: Int, interest: Int,
                targetStance: Stance?, initialStance: Stance?, meetingCount: Int, lastMet: Day?,
                firstMeetingStance: Stance?, latestStanceAfter: Stance?, decisionRole: DecisionRole? = nil, hasVeto: Bool = false) {
        self.id = id; self.name = name; self.role = role; self.department = department; self.email = email
        self.influence = influence; self.interest = interest; self.targetStance = targetStance
        self.firstStance = initialStance ?? firstMeetingStance
        self.currentStance = latestStanceAfter ?? initialStance ?? firstMeetingStance
        self.meetingCount = meetingCount; self.lastMet = lastMet
        self.decisionRole = decisionRole; self.hasVeto = hasVeto; self.mappedStance = initialStance
    }
}
