/// Where a stakeholder stands on the idea, from most to least supportive.
public enum Stance: String, VocabularyWord {
    case champion, supporter, neutral, skeptic, blocker
    public static let kind = BuyInError.WordKind.stance

    /// Higher is more supportive: champion 2 … blocker -2. Movement is the difference.
    public var score: Int {
        switch self {
        case .champion: return 2
        case .supporter: return 1
        case .neutral: return 0
        case .skeptic: return -1
        case .blocker: return -2
        }
    }

    public var isSupportive: Bool { score > 0 }
}

/// How a 1:1 took place.
public enum Channel: String, VocabularyWord {
    case inPerson = "in-person", video, call, chat
    public static let kind = BuyInError.WordKind.channel
}

/// What an objection is about.
public enum ObjectionCategory: String, VocabularyWord {
    case cost, timing, resources, risk, priority, other
    public static let kind = BuyInError.WordKind.category
}

/// Where an objection stands: raised, answered, settled, or a risk we knowingly accept.
public enum ObjectionStatus: String, VocabularyWord {
    case open, answered, resolved, accepted
    public static let kind = BuyInError.WordKind.objectionStatus
}

/// What kind of step forward a win is.
public enum WinKind: String, VocabularyWord {
    case meeting, endorsement, metric, commitment, other
    public static let kind = BuyInError.WordKind.winKind
}

/// The part a person takes in the decision (after DACI and RAPID): who drives it, who approves
/// it, who is consulted, who is told. A veto (RAPID's "agree") is apart: anyone may hold one.
public enum DecisionRole: String, VocabularyWord {
    case driver, approver, contributor, informed
    public static let kind = BuyInError.WordKind.decisionRole
}

/// How leadership decided.
public enum DecisionOutcome: String, VocabularyWord {
    case approved, declined, deferred
    public static let kind = BuyInError.WordKind.outcome
}
