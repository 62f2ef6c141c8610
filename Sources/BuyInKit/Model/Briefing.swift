/// Everything the pre-read says, in language-neutral form: what `brief --format json` prints and
/// what every template receives (through `BriefView`). Only shareable material is in it:
/// no private note and no quote that was not marked shareable can reach this type.
public struct Briefing: Codable, Sendable, Equatable {
    public struct Header: Codable, Sendable, Equatable {
        public var title: String
        public var slug: String
        public var author: String
        public var decisionOwner: String
        public var decideBy: Day?
        public var prepared: Day
    }

    public struct AlignmentRow: Codable, Sendable, Equatable {
        public var goal: String
        public var kpi: String
        public var department: String
        public var baseline: String
        public var target: String
        public var unit: String
    }

    public struct MetricRow: Codable, Sendable, Equatable {
        public var label: String
        public var value: Double
        public var unit: String
        public var source: String
        public var day: Day?
    }

    public struct WinRow: Codable, Sendable, Equatable {
        public var day: Day
        public var text: String
        public var kind: WinKind
        public var people: [String]
    }

    public struct Person: Codable, Sendable, Equatable {
        public var name: String
        public var role: String
        public var department: String
        public var influence: Int
        public var meetings: Int
        public var firstStance: Stance?
        public var currentStance: Stance?
        public var targetStance: Stance?
    }

    public struct Stakeholders: Codable, Sendable, Equatable {
        public var mapped: Int
        public var met: Int
        /// Share of the mapped stakeholders' influence that is now supportive, in percent.
        public var influenceWeightedSupport: Int
        public var people: [Person]
        public var champions: [String]
        public var stillSkeptical: [String]
    }

    public struct Quote: Codable, Sendable, Equatable {
        public var text: String
        public var stakeholder: String
        public var day: Day
    }

    public struct ObjectionRow: Codable, Sendable, Equatable {
        public var objection: String
        public var concern: String
        public var category: ObjectionCategory
        public var response: String
        public var status: ObjectionStatus
        public var confirmed: Bool
        public var raisedBy: String?
    }

    public struct LogRow: Codable, Sendable, Equatable {
        public var day: Day
        public var stakeholder: String
        public var channel: Channel
        public var stanceAfter: Stance?
        public var outcome: String
        public var summary: String
    }

    public var header: Header
    public var ask: String
    public var recommendation: String
    public var why: String
    public var whyGoals: String
    public var whyCare: String
    public var how: String
    public var what: String
    public var alignment: [AlignmentRow]

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
    public var decision: Decision?
    public var earlierDecisions: [Decision]
    /// The attempt this campaign follows (`start --after`): how it ended, and who moved since.
    public var earlierAttempt: EarlierAttempt? = nil

    public struct EarlierAttempt: Codable, Sendable, Equatable {
        public var title: String
        public var slug: String
        public var decision: Decision?
        /// The people on both maps whose stance is not where the earlier attempt left it.
        public var movements: [Movement]
    }

    public struct Movement: Codable, Sendable, Equatable {
        public var name: String
        public var then: Stance?
        public var now: Stance?
    }
}
