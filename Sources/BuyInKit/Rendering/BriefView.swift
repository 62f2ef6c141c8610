import Mustache

/// One object of the template data. A plain struct rather than `[String: Any]`: swift-mustache
/// casts every object it looks into, and a dictionary's conditional conformance made those casts
/// the largest cost of a long pre-read.
///
/// Two promises hold for every template, ours or a user's:
/// - a name a node defines is answered by that node, even when its value is blank: an empty
///   text is an explicit null, so `{{#people}}` inside a win with nobody named never climbs
///   to the pre-read's list of people;
/// - an object or a list written as a value (`{{meetings}}`, `{{.}}`) prints nothing, never
///   Swift's description of it.
public struct BriefNode: MustacheParent, MustacheCustomRenderable {
    public private(set) var values: [String: Any] = [:]
    /// The budget of the rendering this node is part of.
    unowned(unsafe) let budget: RenderBudget

    /// Text is wrapped once here rather than on each of the thousands of lookups; lists too.
    /// The fields come as written, not as a dictionary: hashing every name into a dictionary
    /// only to read it back into this one was a fifth of building a pre-read's view (callgrind).
    init(_ budget: RenderBudget, _ fields: KeyValuePairs<String, Any>) {
        self.budget = budget
        values.reserveCapacity(fields.count)
        for (name, value) in fields { self[name] = value }
    }

    /// A node of fields gathered in a dictionary, set one by one as they are known.
    init(_ budget: RenderBudget, gathered fields: [String: Any]) {
        self.budget = budget
        values.reserveCapacity(fields.count)
        for (name, value) in fields { self[name] = value }
    }

    public subscript(name: String) -> Any? {
        get { values[name] }
        set { values[name] = newValue.map { BriefNode.wrap($0, budget) } }
    }

    /// Template data as the renderer should see it: text as `BriefText`, lists as `BriefList`.
    static func wrap(_ value: Any, _ budget: RenderBudget) -> Any {
        // Flags, numbers and nodes, most fields, are recognised by their type, compared at once:
        // each cast below that fails cost hundreds of instructions (callgrind: 2.2 M of building
        // a 1,000-meeting pre-read's view).
        let type = type(of: value)
        if type == Bool.self || type == Int.self || type == BriefNode.self || type == BriefText.self || type == BriefList.self
            || type == BriefRow.self {
            return value
        }
        switch value {
        case let text as String: return text.isEmpty ? BriefText.blank : BriefText(text: text, budget: budget)
        // A list of nodes, the long lists of a pre-read, is already template data: each item
        // needs no cast to learn it (a list of `Any` does).
        case let nodes as [BriefNode]: return BriefList(nodes.map { $0 as Any }, budget)
        case let rows as [BriefRow]: return BriefList(rows.map { $0 as Any }, budget)
        case let list as [Any]: return BriefList(list.map { wrap($0, budget) }, budget)
        default: return value
        }
    }

    public func child(named name: String) -> Any? {
        guard budget.spend() else { return nil }
        return values[name]
    }

    public var renderText: String { "" }
    public var isNull: Bool { false }

    /// A user template's `{{sorted(labels)}}` or `{{#enumerated(circle)}}`: key and value pairs.
    var pairs: BriefList {
        BriefList(values.keys.sorted().map { BriefNode(budget, ["key": $0, "value": values[$0]!]) }, budget)
    }
}

/// A list in the template data: iterated by sections, printed as nothing.
public struct BriefList: MustacheSequence, MustacheCustomRenderable {
    let items: [Any]
    unowned(unsafe) let budget: RenderBudget
    init(_ items: [Any], _ budget: RenderBudget) {
        self.items = items
        self.budget = budget
    }
    public func makeIterator() -> BudgetedIterator { BudgetedIterator(items: items, budget: budget) }
    public var renderText: String { "" }
    public var isNull: Bool { false }
}

/// A list's items, each paid for from the render budget: a section over a list repeats its
/// text once per item, so nested sections multiply (`{{#meetings}}` three deep over 500
/// meetings is 125 million repetitions) and must stop as soon as the budget is spent.
public struct BudgetedIterator: IteratorProtocol {
    let items: [Any]
    unowned(unsafe) let budget: RenderBudget
    var index = 0

    public mutating func next() -> Any? {
        guard index < items.count, budget.spend(budget.itemCost) else { return nil }
        defer { index += 1 }
        return items[index]
    }
}

/// Bounds the work and the output of one rendering, so that a template whose sections would
/// multiply without end (`{{#people}}` inside `{{#people}}`, two hundred deep) stops: past the
/// budget every lookup finds nothing, every list is empty, every value prints nothing, the
/// rendering unwinds at once, and the renderer reports the template as too complex.
///
/// A unit is one name looked up, or 16 bytes of a value printed; an item of a list costs one
/// unit per 16 bytes of a user's template, the most text it can repeat. So a rendering writes
/// at most about 80 MB whatever the template; a 1,000-meeting pre-read uses under a tenth of it.
///
/// One per rendering (`BriefRenderer.render`), which keeps it for the whole rendering; every
/// node, list and text of the view points to it `unowned(unsafe)`. Why (perf, callgrind): a
/// counted reference was retained and released on each copy the renderer makes of a value,
/// 4 M of a 1,000-meeting pre-read's 333 M instructions. A rendering runs on one thread.
final class RenderBudget {
    static let units = 5_000_000
    private var remaining = units
    private(set) var itemCost = 1

    /// A fresh budget; `templateLength` is the byte length of a user's template (nil for ours).
    func reset(templateLength: Int? = nil) {
        remaining = RenderBudget.units
        itemCost = 1 + (templateLength ?? 0) / 16
    }

    var isExhausted: Bool { remaining <= 0 }

    func spend(_ cost: Int = 1) -> Bool {
        remaining -= cost
        return remaining > 0
    }
}

// The transforms a user's `--template` may apply (`{{uppercased(title)}}`, `{{count(labels)}}`)
// work on the text, the object and the list as on a plain string, dictionary or array, and what
// they return is template data too.
extension BriefNode: MustacheTransformable {
    public func transform(_ name: String) -> Any? {
        switch name {
        case "count": return values.count
        case "empty": return values.isEmpty
        case "enumerated", "sorted": return pairs
        default: return nil
        }
    }
}

extension BriefList: MustacheTransformable {
    public func transform(_ name: String) -> Any? {
        switch name {
        case "first": return items.first
        case "last": return items.last
        case "reversed": return BriefList(items.reversed(), budget)
        case "count": return items.count
        case "empty": return items.isEmpty
        default: return nil
        }
    }
}

extension BriefText: MustacheTransformable {
    /// Text a transform returns (`uppercased`, `reversed`…) is text again, printed through
    /// `renderText` and so paid for from the render budget like any other value.
    public func transform(_ name: String) -> Any? {
        switch text.transform(name) {
        case let result as String: return budget.map { BriefText(text: result, budget: $0) } ?? BriefText.blank
        case let result as Substring: return budget.map { BriefText(text: String(result), budget: $0) } ?? BriefText.blank
        case let result: return result
        }
    }
}

/// A text value handed to the template already known as text, which spares swift-mustache its
/// chain of dynamic casts and `String(describing:)` for each of the thousands of cells.
///
/// It is also a `MustacheParent` with no children: inside `{{#from}}…{{/from}}` the text is on
/// the context stack, and every name looked up through it (`{{labels.raisedBy}}`) would
/// otherwise be searched for with `Mirror` reflection, the costliest step of a lookup.
public struct BriefText: MustacheCustomRenderable, MustacheParent, CustomStringConvertible {
    public let text: String
    /// The budget of the rendering this text is part of, which printing it spends; none for a
    /// blank field, which prints nothing. (Why not a flag beside it (perf): three words is what
    /// an `Any` holds without a heap allocation, and the renderer boxes every value it reads.)
    private unowned(unsafe) let budget: RenderBudget?
    init(text: String, budget: RenderBudget) {
        self.text = text
        self.budget = budget
    }
    private init(blank: ()) {
        text = ""
        budget = nil
    }
    static var blank: BriefText { BriefText(blank: ()) }
    /// A blank field: sections over it print nothing, inverted ones print, and a name looked
    /// up stops here rather than at a parent's value of the same name.
    public var isNull: Bool { budget == nil }
    public var renderText: String { budget?.spend(text.utf8.count / 16) ?? true ? text : "" }
    public var description: String { text }
    public func child(named name: String) -> Any? { nil }
}

/// The pre-read as templates see it: the briefing with dates, numbers and words already in the
/// reader's language, `has…` flags so that no section prints an empty heading, and every
/// `brief.*` heading of the translation files under `labels`.
public enum BriefView {
    static func make(_ b: Briefing, _ l: Localizer, _ budget: RenderBudget) -> BriefNode {
        var labels: [String: String] = [:]
        for key in BriefLabels.keys { labels[key] = l.text("brief.\(key)") }
        let s = b.stakeholders
        let purpose = b.purpose
        let circle = Dictionary(uniqueKeysWithValues: GoldenCircle.Field.purpose.map { ($0.rawValue, purpose.value(of: $0) as Any) })
        let open = b.objections.filter { $0.status == .open }.count
        let slopes = BriefPictures.slopes(s.people, l, budget)
        // Looked up once, not once for each of a thousand meetings.
        let channels = l.words(Channel.self), stances = l.words(Stance.self)
        let objectionWords = ObjectionWords(l)
        let quoteNames = RowNames(), changeNames = RowNames(), meetingNames = RowNames()
        var view: [String: Any] = [
            "lang": l.language.rawValue,
            "labels": BriefNode(budget, gathered: labels),
            "title": b.header.title,
            "author": b.header.author,
            "decisionOwner": b.header.decisionOwner,
            "decideBy": b.header.decideBy.map(l.date) ?? "",
            "decideByISO": b.header.decideBy?.iso ?? "",
            "prepared": l.date(b.header.prepared),
            "preparedISO": b.header.prepared.iso,
            "ask": b.ask,
            "recommendation": b.recommendation,
            "hasAsk": !b.ask.isEmpty || !b.recommendation.isEmpty,
            "circle": BriefNode(budget, gathered: circle),
            "hasCircle": !GoldenCircle.Field.purpose.allSatisfy { purpose.value(of: $0).isEmpty },
            "alignment": b.alignment.map { row -> BriefNode in
                BriefNode(budget, ["goal": row.goal, "kpi": row.kpi, "department": row.department,
                           "range": Alignment.range(baseline: row.baseline, target: row.target, unit: row.unit, l),
                           "reviewOn": row.reviewOn.map(l.date) ?? "", "reviewOnISO": row.reviewOn?.iso ?? ""])
            },
            "hasSuccessMeasures": b.alignment.contains { !$0.baseline.isEmpty || !$0.target.isEmpty || $0.reviewOn != nil },
            "options": b.options.map { row -> BriefNode in
                BriefNode(budget, ["text": row.text, "cost": row.cost.map { MetricText.value($0, unit: row.costUnit, l) } ?? "",
                           "expectedReturn": row.expectedReturn, "pros": row.pros, "cons": row.cons, "recommended": row.recommended])
            },
            "hasOptions": !b.options.isEmpty,
            "hasOptionRows": !b.options.isEmpty,
            "ifNot": b.ifNot,
            "risks": b.objections.filter { $0.status == .accepted }.map { objectionNode($0, objectionWords, budget) },
            "hasRisks": b.objections.contains { $0.status == .accepted },
            "summary": summaryNode(b, l, objectionWords, budget),
            // Page one has something to say: an empty campaign's pre-read starts with what it has.
            "hasPageOne": !b.ask.isEmpty || !b.recommendation.isEmpty || s.mapped > 0 || !b.objections.isEmpty
                || b.summary.recommendedOption != nil || !b.ifNot.isEmpty || b.summary.firstReview != nil,
            "metrics": b.metrics.map { row -> BriefNode in
                BriefNode(budget, ["label": row.label, "value": MetricText.value(row.value, unit: row.unit, l),
                 "source": row.source, "date": row.day.map(l.date) ?? "", "dateISO": row.day?.iso ?? "",
                 "sourceAndDate": [row.source, row.day.map(l.date) ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")])
            },
            "wins": b.wins.map { row -> BriefNode in
                BriefNode(budget, ["date": l.date(row.day), "dateISO": row.day.iso, "text": row.text, "kind": row.kind.word(l), "people": Announcement.list(row.people, l)])
            },
            "hasEvidence": !b.metrics.isEmpty || !b.wins.isEmpty,
            "hasStakeholders": s.mapped > 0,
            "stakeholderSummary": l.text("brief.metOfMapped", l.number(s.met), l.number(s.mapped)),
            "supportSummary": l.text("brief.weightedSupport", l.number(s.influenceWeightedSupport) + l.text("number.percent")),
            "supportMethod": l.text("brief.supportMethod"),
            "people": s.people.map { person -> BriefNode in
                let met = person.meetings > 0
                let move = met ? movement(person.firstStance, person.currentStance) : ""
                return BriefNode(budget, ["name": person.name, "role": roleLine(person.role, person.department),
                        "influence": String(person.influence), "interest": String(person.interest),
                        "quadrant": l.text("brief.quadrant" + StakeholderGrid.quadrant(influence: person.influence, interest: person.interest)),
                        // Someone not met yet has no first-meeting stance: the one noted is where they stand now.
                        "first": met ? person.firstStance?.word(l) ?? "—" : "—",
                        "now": person.currentStance?.word(l) ?? "—", "target": person.targetStance?.word(l) ?? "—",
                        "movement": move, "moved": move != "", "movementUp": move == "↑", "notMet": !met,
                        "notMetLabel": met ? "" : l.text("brief.notMetYet"),
                        "isDecisionOwner": person.isDecisionOwner])
            },
            "grid": BriefPictures.grid(s.people, l, budget),
            "gridFrame": BriefPictures.gridFrame(budget),
            "slopes": slopes,
            "slopeFrame": BriefPictures.slopeFrame(l, budget),
            "hasSlopes": !slopes.isEmpty,
            "network": BriefPictures.network(s.people, b.influenceLinks, l, budget),
            "hasNetwork": !b.influenceLinks.isEmpty,
            "trend": BriefPictures.trend(b.supportByWeek, l, budget),
            "hasTrend": b.supportByWeek.count >= 2,
            "stanceLegend": BriefPictures.legend(l, budget),
            "champions": Announcement.list(s.champions, l),
            "hasChampions": !s.champions.isEmpty,
            "skeptics": Announcement.list(s.stillSkeptical, l),
            "hasSkeptics": !s.stillSkeptical.isEmpty,
            "quotes": b.quotes.map { BriefRow(budget, quoteNames, texts: ["text": $0.text, "who": $0.stakeholder, "date": l.date($0.day), "dateISO": $0.day.iso]) },
            "hasQuotes": !b.quotes.isEmpty,
            "ideaChanges": b.ideaChanges.map { BriefRow(budget, changeNames, texts: ["text": $0.text, "who": $0.suggestedBy, "date": l.date($0.day), "dateISO": $0.day.iso]) },
            "hasIdeaChanges": !b.ideaChanges.isEmpty,
            "objections": b.objections.map { objectionNode($0, objectionWords, budget) },
            "hasObjections": !b.objections.isEmpty,
            "objectionSummary": l.plural("brief.openObjections", count: open, l.number(b.objections.count)),
            "nextSteps": b.nextSteps,
            "hasNextSteps": !b.nextSteps.isEmpty,
            "meetings": b.meetingLog.map { row -> BriefRow in
                BriefRow(budget, meetingNames, texts: ["date": l.date(row.day), "dateISO": row.day.iso, "who": row.stakeholder, "channel": channels[row.channel] ?? "",
                           "stance": row.stanceAfter.flatMap { stances[$0] } ?? "—", "outcome": row.outcome.isEmpty ? row.summary : row.outcome])
            },
            "hasMeetings": !b.meetingLog.isEmpty,
            "hasDecision": b.decision != nil,
            "hasAlignment": !b.alignment.isEmpty,
            "hasMetrics": !b.metrics.isEmpty,
            "hasWins": !b.wins.isEmpty,
        ]
        func decisionNode(_ d: Briefing.DecisionRow) -> BriefNode {
            BriefNode(budget, ["outcome": d.outcome.word(l), "date": l.date(d.day), "dateISO": d.day.iso, "reason": d.reason, "lessons": d.lessons,
                       "nextAttempt": d.nextAttempt])
        }
        if let d = b.decision { view["decision"] = decisionNode(d) }
        view["earlierDecisions"] = b.earlierDecisions.map(decisionNode)
        view["hasEarlierDecisions"] = !b.earlierDecisions.isEmpty
        if let earlier = b.earlierAttempt {
            // Every key set, even when empty, so that none reaches the campaign's own decision.
            let line = earlier.decision.map { l.text("brief.lastAttemptDecided", earlier.title, $0.outcome.word(l), l.date($0.day)) }
                ?? l.text("brief.lastAttemptOpen", earlier.title)
            view["earlierAttempt"] = BriefNode(budget, [
                "line": line, "lessons": earlier.decision?.lessons ?? "",
                "movements": earlier.movements.map { BriefNode(budget, ["name": $0.name, "then": $0.then?.word(l) ?? "—", "now": $0.now?.word(l) ?? "—"]) },
                "hasMovements": !earlier.movements.isEmpty,
            ])
        }
        return BriefNode(budget, gathered: view)
    }

    static func objectionNode(_ row: Briefing.ObjectionRow, _ words: ObjectionWords, _ budget: RenderBudget) -> BriefRow {
        let answeredUnconfirmed = row.status == .answered && !row.confirmed
        let state = row.status == .answered && row.confirmed ? "answeredConfirmed" : row.status.rawValue
        return BriefRow(budget, words.names, ["question": row.objection, "concern": row.concern, "category": words.categories[row.category] ?? "",
             "response": row.response, "hasResponse": !row.response.isEmpty, "status": words.statuses[row.status] ?? "",
             "statusKey": row.status.rawValue, "isOpen": row.status == .open, "confirmed": row.confirmed,
             "isAnsweredUnconfirmed": answeredUnconfirmed, "from": row.raisedBy ?? "",
             "isDecisionOwner": row.raisedByDecisionOwner,
             "badge": words.badges[state] ?? "", "statusLine": words.statusLines[state] ?? ""])
    }

    /// The words an objection shows, looked up once for the pre-read rather than for each
    /// objection, which may appear three times (in the list, on page one, as a risk).
    struct ObjectionWords {
        let categories: [ObjectionCategory: String]
        let statuses: [ObjectionStatus: String]
        /// By status, "answeredConfirmed" for an answer the raiser confirmed.
        let badges: [String: String]
        let statusLines: [String: String]
        /// The names every objection's row has.
        let names = RowNames()

        init(_ l: Localizer) {
            categories = l.words(ObjectionCategory.self)
            statuses = l.words(ObjectionStatus.self)
            let states = ObjectionStatus.allCases.map(\.rawValue) + ["answeredConfirmed"]
            badges = Dictionary(uniqueKeysWithValues: states.map { ($0, l.text("brief.objectionBadge.\($0)")) })
            statusLines = Dictionary(uniqueKeysWithValues: states.map { ($0, l.text("brief.objectionStatus.\($0)")) })
        }
    }

    /// Page one: the decision, the support, what stands in the way, what it costs.
    static func summaryNode(_ b: Briefing, _ l: Localizer, _ objectionWords: ObjectionWords, _ budget: RenderBudget) -> BriefNode {
        let s = b.stakeholders, summary = b.summary
        let band = s.influenceWeightedSupport >= 67 ? "strong" : s.influenceWeightedSupport >= 50 ? "majority"
            : s.influenceWeightedSupport > 0 ? "minority" : "none"
        let option = summary.recommendedOption
        var node = BriefNode(budget, [
            "ifNot": b.ifNot,
            "support": l.text("brief.summarySupport", l.number(s.met), l.number(s.mapped),
                              l.number(s.influenceWeightedSupport) + l.text("number.percent")),
            "supportMeaning": l.text("brief.supportMeaning.\(band)"),
            "opposed": Announcement.list(summary.opposed.map { l.text("brief.nameWithStance", $0.name, $0.stance.word(l)) }, l),
            "hasOpposed": !summary.opposed.isEmpty,
            "approvers": roleHolders(summary.approvers, l),
            "vetoHolders": roleHolders(summary.vetoHolders, l),
            "openObjections": summary.openObjections.map { objectionNode($0, objectionWords, budget) },
            "hasOpenObjections": !summary.openObjections.isEmpty,
            "noOpenObjections": l.text("brief.noOpenObjections"),
            "option": option?.text ?? "",
            "cost": option?.cost.map { MetricText.value($0, unit: option?.costUnit ?? "", l) } ?? "",
            "expectedReturn": option?.expectedReturn ?? "",
            "hasTopRisk": summary.topRisk != nil,
            "firstReview": summary.firstReview.map(l.date) ?? "",
            "firstReviewISO": summary.firstReview?.iso ?? "",
        ])
        // Left out when there is none, as `decision` is: a section over it then prints nothing.
        if let risk = summary.topRisk { node["topRisk"] = objectionNode(risk, objectionWords, budget) }
        if let path = summary.pathToDecisionOwner, let owner = b.header.decisionOwnerStakeholder {
            node["pathToOwner"] = path.isEmpty ? l.text("brief.noPathToOwner", owner)
                : path.map { l.text("brief.nameWithStance", $0.name, $0.stance?.word(l) ?? l.text("path.stanceUnknown")) }.joined(separator: " → ")
        }
        return node
    }

    /// "Hélène Marchand (neutral), Paul Durand (stance not known)"; empty when no one.
    static func roleHolders(_ people: [Briefing.RoleHolder], _ l: Localizer) -> String {
        Announcement.list(people.map { l.text("brief.nameWithStance", $0.name, $0.stance?.word(l) ?? l.text("path.stanceUnknown")) }, l)
    }

    /// "Head of HR" rather than "Head of HR, HR": the department is left out when the role names it.
    static func roleLine(_ role: String, _ department: String) -> String {
        let foldedRole = " " + Vocabulary.fold(role) + " ", foldedDepartment = Vocabulary.fold(department)
        if foldedDepartment.isEmpty || foldedRole.contains(" " + foldedDepartment + " ") { return role }
        return role.isEmpty ? department : role + ", " + department
    }

    /// "↑" when a stakeholder moved towards support since their first meeting, "↓" away, "" otherwise.
    static func movement(_ first: Stance?, _ now: Stance?) -> String {
        guard let first, let now, first != now else { return "" }
        return now.score > first.score ? "↑" : "↓"
    }
}

/// The headings and fixed words of the pre-read, each a `brief.<key>` in the translation files.
public enum BriefLabels {
    public static let keys = [
        "documentTitle", "preReadFor", "author", "decisionOwner", "decideBy", "prepared", "theAsk", "decisionRequested",
        "recommendation", "whyHowWhat", "why", "whyGoals", "whyCare", "how", "what", "alignment", "goal", "kpi", "department",
        "baselineTarget", "evidence", "numbers", "metric", "value", "source", "winsSoFar", "stakeholders", "stakeholder", "role",
        "influence", "firstMeeting", "now", "target", "champions", "stillSkeptical", "inTheirWords", "objections", "raisedBy",
        "answer", "openMark", "confirmed", "notAnsweredYet", "nextSteps", "appendix", "meetingLog", "date", "who", "channel",
        "stanceAfter", "outcome", "decision", "reason", "lessons", "nextAttempt", "confidential", "movement", "noneYet",
        "sinceLastAttempt", "noStanceMoved",
        "colon", "quoteOpen", "quoteClose", "earlierDecision", "concern",
        "summary", "support", "whoIsOpposed", "openObjectionsNow", "decisionOwnerMark", "cost", "expectedReturn", "topRisk",
        "reviewOn", "options", "option", "pros", "cons", "recommendedMark", "ifNot", "risks", "mitigation", "risk", "approvers", "vetoHolders",
        "successMeasures", "powerInterest", "powerInterestCaption", "interest", "quadrant", "stanceMovement",
        "stanceMovementCaption", "axisInterest", "axisInfluence", "quadrantManageClosely", "quadrantKeepSatisfied",
        "quadrantKeepInformed", "quadrantMonitor", "page", "status", "ideaChanges", "pathToOwner", "network", "networkCaption",
        "supportTrend", "supportTrendCaption", "hardQuestions", "questionMark", "answerMark",
    ]
}
