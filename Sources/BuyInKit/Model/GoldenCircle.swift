/// Why · how · what, the three why questions, and the ask of leadership.
public struct GoldenCircle: Codable, Sendable, Equatable {
    public var why = ""
    public var whyGoals = ""
    public var whyCare = ""
    public var how = ""
    public var what = ""
    public var ask = ""
    public var recommendation = ""
    public var decisionOwner = ""
    public var decideBy: Day?
    public var ifApproved = ""
    public var ifNot = ""

    public init(why: String = "", whyGoals: String = "", whyCare: String = "", how: String = "", what: String = "",
                ask: String = "", recommendation: String = "", decisionOwner: String = "", decideBy: Day? = nil, ifApproved: String = "",
                ifNot: String = "") {
        self.why = why; self.whyGoals = whyGoals; self.whyCare = whyCare; self.how = how; self.what = what
        self.ask = ask; self.recommendation = recommendation; self.decisionOwner = decisionOwner; self.decideBy = decideBy
        self.ifApproved = ifApproved; self.ifNot = ifNot
    }

    /// The fields, in the order a person is asked them. The raw value is the stable name used in
    /// translation keys (`question.why`, `label.why`) and in the demo's JSON.
    public enum Field: String, CaseIterable, Sendable {
        case why, whyGoals, whyCare, how, what, ask, recommendation, decisionOwner, decideBy, ifApproved, ifNot

        /// Where a text field lives in each type; nil for the one date.
        var text: (circle: WritableKeyPath<GoldenCircle, String>, change: WritableKeyPath<Change, String?>,
                   campaign: WritableKeyPath<Campaign, String>)? {
            switch self {
            case .why: return (\.why, \.why, \.why)
            case .whyGoals: return (\.whyGoals, \.whyGoals, \.whyGoals)
            case .whyCare: return (\.whyCare, \.whyCare, \.whyCare)
            case .how: return (\.how, \.how, \.how)
            case .what: return (\.what, \.what, \.what)
            case .ask: return (\.ask, \.ask, \.ask)
            case .recommendation: return (\.recommendation, \.recommendation, \.recommendation)
            case .decisionOwner: return (\.decisionOwner, \.decisionOwner, \.decisionOwner)
            case .ifApproved: return (\.ifApproved, \.ifApproved, \.ifApproved)
            case .ifNot: return (\.ifNot, \.ifNot, \.ifNot)
            case .decideBy: return nil
            }
        }

        /// The purpose: why · how · what, shown together (the pre-read's first section).
        public static let purpose: [Field] = [.why, .whyGoals, .whyCare, .how, .what]

        /// Whether the field is a date, parsed from what a person types.
        public var isDate: Bool { self == .decideBy }
    }

    /// A partial update: nil leaves a field as it is.
    public struct Change: Sendable, Equatable {
        public var why, whyGoals, whyCare, how, what, ask, recommendation, decisionOwner, ifApproved, ifNot: String?
        public var decideBy: Day??
        /// The campaign's currency code (`--currency`); not one of the circle's questions.
        public var currency: String?
        public init() {}
        public var isEmpty: Bool { self == Change() }

        /// Sets a text field (the date is set with `set(_:_:today:)`).
        mutating func setText(_ field: Field, _ value: String) {
            if let text = field.text { self[keyPath: text.change] = value }
        }

        /// Sets a field from what a person typed; the date is parsed, an empty one clears it.
        public mutating func set(_ field: Field, _ value: String, today: Day, language: Language) throws {
            if let text = field.text {
                self[keyPath: text.change] = value
            } else {
                decideBy = .some(value.trimmed.isEmpty ? nil : try DayParser.parse(value, today: today, language: language, ahead: true))
            }
        }
    }

    /// The value of a field as text (the date in ISO form).
    public func value(of field: Field) -> String {
        field.text.map { self[keyPath: $0.circle] } ?? decideBy?.iso ?? ""
    }

    /// Every text as a change, for a new attempt to start from; not the decide-by date, which
    /// a new attempt sets anew.
    public var carriedOver: Change {
        var change = Change()
        for field in Field.allCases where field.text != nil { change.setText(field, value(of: field)) }
        return change
    }

    /// Whether the purpose is written down: the first step of the journey.
    public var hasWhy: Bool { !why.trimmed.isEmpty }
}
