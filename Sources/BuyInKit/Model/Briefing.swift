/// Everything the pre-read says, in language-neutral form: what `brief --format json` prints and
/// what every template receives (through `BriefView`). Only shareable material is in it:
/// no private note and no quote that was not marked shareable can reach this type.
///
/// In its JSON a missing value is `null`, never left out and never `""`, as in every `--json`
/// of buyin: `DataValue` writes both.
public struct Briefing: Encodable, Sendable, Equatable {
    /// Raised when the JSON's shape changes, so that a reader's script can tell.
    /// (4: `ideaChanges`, `influenceLinks`, `supportByWeek`, `summary.pathToDecisionOwner`.)
    public static let schemaVersion = 4
    public var schemaVersion = Briefing.schemaVersion

    public struct Header: Encodable, Sendable, Equatable {
        public var title: String
        public var slug: String
        public var author: String
        public var decisionOwner: String
        public var decideBy: Day?
        public var prepared: Day
        /// The mapped person the decision owner is (their name begins the decision owner's line).
        public var decisionOwnerStakeholder: String?
    }

    public struct AlignmentRow: Encodable, Sendable, Equatable {
        public var goal: String
        public var kpi: String
        public var department: String
        public var baseline: String
        public var target: String
        public var unit: String
        /// The baseline and target as numbers, when they are numbers.
        public var baselineValue: Double?
        public var targetValue: Double?
        /// When the number is looked at again, for the go/no-go.
        public var reviewOn: Day?
    }

    public struct OptionRow: Encodable, Sendable, Equatable {
        public var text: String
        public var cost: Double?
        public var costUnit: String
        public var expectedReturn: String
        public var pros: String
        public var cons: String
        public var recommended: Bool
    }

    public struct MetricRow: Encodable, Sendable, Equatable {
        public var label: String
        public var value: Double
        public var unit: String
        public var source: String
        public var day: Day?
    }

    public struct WinRow: Encodable, Sendable, Equatable {
        public var day: Day
        public var text: String
        public var kind: WinKind
        public var people: [String]
    }

    public struct Person: Encodable, Sendable, Equatable {
        public var name: String
        public var role: String
        public var department: String
        public var influence: Int
        public var interest: Int
        public var meetings: Int
        public var firstStance: Stance?
        public var currentStance: Stance?
        public var targetStance: Stance?
        public var isDecisionOwner: Bool
    }

    public struct Stakeholders: Encodable, Sendable, Equatable {
        public var mapped: Int
        public var met: Int
        /// Share of the mapped stakeholders' influence that is now supportive, in percent.
        public var influenceWeightedSupport: Int
        public var people: [Person]
        public var champions: [String]
        public var stillSkeptical: [String]
    }

    public struct Quote: Encodable, Sendable, Equatable {
        public var text: String
        public var stakeholder: String
        public var day: Day
    }

    public struct ObjectionRow: Encodable, Sendable, Equatable {
        public var objection: String
        public var concern: String
        public var category: ObjectionCategory
        public var response: String
        public var status: ObjectionStatus
        public var confirmed: Bool
        public var raisedBy: String?
        public var raisedByDecisionOwner: Bool
        /// The influence of the person who raised it (1–5), nil when nobody is named.
        public var raiserInfluence: Int?
    }

    /// Page one: what a director who reads nothing else needs to decide.
    public struct Summary: Encodable, Sendable, Equatable {
        /// The open objections, the decision owner's first, then by the raiser's influence.
        public var openObjections: [ObjectionRow]
        /// The people mapped whose stance now is skeptic or hostile.
        public var opposed: [Named]
        /// The recommended option, whose cost and return are the proposal's.
        public var recommendedOption: OptionRow?
        /// The accepted risk that weighs most (the open objections are listed above it): the
        /// decision owner's, then by the raiser's influence.
        public var topRisk: ObjectionRow?
        /// The earliest review date of a goal.
        public var firstReview: Day?
        /// Who approves the decision, and who may block it, with their stance now.
        public var approvers: [RoleHolder]
        public var vetoHolders: [RoleHolder]
        /// When the decision owner does not support the idea yet: the shortest chain of
        /// influence from a supporter to them, both ends included; nil otherwise, and an empty
        /// list when no chain leads there.
        public var pathToDecisionOwner: [RoleHolder]? = nil
    }

    public struct RoleHolder: Encodable, Sendable, Equatable {
        public var name: String
        public var stance: Stance?
    }

    public struct Named: Encodable, Sendable, Equatable {
        public var name: String
        public var stance: Stance
    }

    public struct LogRow: Encodable, Sendable, Equatable {
        public var day: Day
        public var stakeholder: String
        public var channel: Channel
        public var stanceAfter: Stance?
        public var outcome: String
        public var summary: String
    }

    public var header: Header
    public var summary: Summary
    public var ask: String
    public var recommendation: String
    public var why: String
    public var whyGoals: String
    public var whyCare: String
    public var how: String
    public var what: String
    public var alignment: [AlignmentRow]
    public var options: [OptionRow]
    /// What happens if leadership says no.
    public var ifNot: String

    /// The why · how · what, as the golden circle's fields.
    public var purpose: GoldenCircle {
        GoldenCircle(why: why, whyGoals: whyGoals, whyCare: whyCare, how: how, what: what)
    }
    public var metrics: [MetricRow]
    public var wins: [WinRow]
    public var stakeholders: Stakeholders
    public var quotes: [Quote]
    public var objections: [ObjectionRow]
    public var nextSteps: [String]
    public var meetingLog: [LogRow]
    /// The decision in force, and the ones before it (deferred, then approved), whose lessons stay readable.
    public var decision: DecisionRow?
    public var earlierDecisions: [DecisionRow]

    /// A decision as the pre-read tells it: no record numbers.
    public struct DecisionRow: Encodable, Sendable, Equatable {
        public var outcome: DecisionOutcome
        public var day: Day
        public var reason: String
        public var lessons: String
        public var nextAttempt: String

        public init(_ decision: Decision) {
            outcome = decision.outcome; day = decision.day; reason = decision.reason
            lessons = decision.lessons; nextAttempt = decision.nextAttempt
        }
    }
    /// The attempt this campaign follows (`start --after`): how it ended, and who moved since.
    public var earlierAttempt: EarlierAttempt? = nil

    /// How the 1:1s changed the idea, oldest first: what changed, who suggested it, when.
    public var ideaChanges: [IdeaChangeRow] = []

    /// Who influences whom among the people mapped (`stakeholder link`), by name.
    public var influenceLinks: [InfluenceRow] = []

    public struct InfluenceRow: Encodable, Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// Influence-weighted support at the end of each week, from the first 1:1 to the day
    /// prepared (the last 26 weeks at most), as the stance history tells it.
    public var supportByWeek: [WeekSupport] = []

    public struct WeekSupport: Encodable, Sendable, Equatable {
        public var weekEnding: Day
        /// In percent of the mapped people's influence.
        public var support: Int
    }

    public struct IdeaChangeRow: Encodable, Sendable, Equatable {
        public var text: String
        public var suggestedBy: String
        public var day: Day
    }

    public struct EarlierAttempt: Encodable, Sendable, Equatable {
        public var title: String
        public var slug: String
        public var decision: DecisionRow?
        /// The people on both maps whose stance is not where the earlier attempt left it.
        public var movements: [Movement]
    }

    public struct Movement: Encodable, Sendable, Equatable {
        public var name: String
        public var then: Stance?
        public var now: Stance?
    }
}
