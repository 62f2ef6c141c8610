// What a person gives when adding a goal, an option or a metric (`goal add`, `option add`,
// `metric add`), before it belongs to a campaign: the service files it under the campaign
// asked. A stored record shows the same fields as its `entry`, which `… edit` changes in place.

/// A goal as a person gives it.
public struct GoalEntry: Sendable, Equatable {
    public var text: String
    public var department: String
    public var kpi: String
    public var baseline: String
    public var target: String
    public var unit: String
    public var reviewOn: Day?

    public init(text: String, department: String = "", kpi: String = "", baseline: String = "", target: String = "", unit: String = "",
                reviewOn: Day? = nil) {
        self.text = text; self.department = department; self.kpi = kpi
        self.baseline = baseline; self.target = target; self.unit = unit; self.reviewOn = reviewOn
    }
}

extension Goal {
    /// A goal with what a person gave; `id` keeps the stored one when an entry is changed in place.
    init(campaignId: Int64, _ entry: GoalEntry, id: Int64? = nil) {
        self.init(campaignId: campaignId, text: entry.text, department: entry.department, kpi: entry.kpi, baseline: entry.baseline,
                  target: entry.target, unit: entry.unit, reviewOn: entry.reviewOn)
        self.id = id
    }

    public var entry: GoalEntry {
        get { GoalEntry(text: text, department: department, kpi: kpi, baseline: baseline, target: target, unit: unit, reviewOn: reviewOn) }
        set { self = Goal(campaignId: campaignId, newValue, id: id) }
    }
}

/// A way leadership could decide, as a person gives it.
public struct OptionEntry: Sendable, Equatable {
    public var text: String
    public var cost: Double?
    public var costUnit: String
    public var expectedReturn: String
    public var pros: String
    public var cons: String
    public var isRecommended: Bool

    public init(text: String, cost: Double? = nil, costUnit: String = "", expectedReturn: String = "", pros: String = "", cons: String = "",
                isRecommended: Bool = false) {
        self.text = text; self.cost = cost; self.costUnit = costUnit
        self.expectedReturn = expectedReturn; self.pros = pros; self.cons = cons; self.isRecommended = isRecommended
    }
}

extension DecisionOption {
    init(campaignId: Int64, _ entry: OptionEntry, id: Int64? = nil) {
        self.init(campaignId: campaignId, text: entry.text, cost: entry.cost, costUnit: entry.costUnit, expectedReturn: entry.expectedReturn,
                  pros: entry.pros, cons: entry.cons, isRecommended: entry.isRecommended)
        self.id = id
    }

    public var entry: OptionEntry {
        get { OptionEntry(text: text, cost: cost, costUnit: costUnit, expectedReturn: expectedReturn, pros: pros, cons: cons, isRecommended: isRecommended) }
        set { self = DecisionOption(campaignId: campaignId, newValue, id: id) }
    }
}

/// A number leadership will want to see, as a person gives it.
public struct MetricEntry: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var unit: String
    public var source: String
    public var day: Day?

    public init(label: String, value: Double, unit: String = "", source: String = "", day: Day? = nil) {
        self.label = label; self.value = value; self.unit = unit; self.source = source; self.day = day
    }
}

extension Metric {
    init(campaignId: Int64, _ entry: MetricEntry, id: Int64? = nil) {
        self.init(campaignId: campaignId, label: entry.label, value: entry.value, unit: entry.unit, source: entry.source, day: entry.day)
        self.id = id
    }

    public var entry: MetricEntry {
        get { MetricEntry(label: label, value: value, unit: unit, source: source, day: day) }
        set { self = Metric(campaignId: campaignId, newValue, id: id) }
    }
}
