import Mustache

/// One object of the template data. A plain struct rather than `[String: Any]`: swift-mustache
/// casts every object it looks into, and a dictionary's conditional conformance made those casts
/// the largest cost of a long pre-read.
public struct BriefNode: MustacheParent {
    public private(set) var values: [String: Any] = [:]

    /// Empty text is left out, so that `{{#author}}…{{/author}}` prints nothing for a blank field.
    /// Text is wrapped once here rather than on each of the thousands of lookups.
    public init(_ values: [String: Any]) {
        self.values.reserveCapacity(values.count)
        for (name, value) in values { self[name] = value }
    }

    public subscript(name: String) -> Any? {
        get { values[name] }
        set {
            if let text = newValue as? String {
                values[name] = text.isEmpty ? nil : BriefText(text: text)
            } else {
                values[name] = newValue
            }
        }
    }

    public func child(named name: String) -> Any? { values[name] }
}

// The transforms a user's `--template` may apply (`{{uppercased(title)}}`, `{{count(labels)}}`)
// work on the text and the object as they would on a plain string or dictionary.
extension BriefNode: MustacheTransformable {
    public func transform(_ name: String) -> Any? { values.transform(name) }
}

extension BriefText: MustacheTransformable {
    public func transform(_ name: String) -> Any? { text.transform(name) }
}

/// A text value handed to the template already known as text, which spares swift-mustache its
/// chain of dynamic casts and `String(describing:)` for each of the thousands of cells.
///
/// It is also a `MustacheParent` with no children: inside `{{#from}}…{{/from}}` the text is on
/// the context stack, and every name looked up through it (`{{labels.raisedBy}}`) would
/// otherwise be searched for with `Mirror` reflection, the costliest step of a lookup.
public struct BriefText: MustacheCustomRenderable, MustacheParent, CustomStringConvertible {
    public let text: String
    public var renderText: String { text }
    public var isNull: Bool { false }
    public var description: String { text }
    public func child(named name: String) -> Any? { nil }
}

/// The pre-read as templates see it: the briefing with dates, numbers and words already in the
/// reader's language, `has…` flags so that no section prints an empty heading, and every
/// `brief.*` heading of the translation files under `labels`.
public enum BriefView {
    public static func make(_ b: Briefing, _ l: Localizer) -> BriefNode {
        var labels: [String: String] = [:]
        for key in BriefLabels.keys { labels[key] = l.text("brief.\(key)") }
        let s = b.stakeholders
        let circle: [String: Any] = ["why": b.why, "whyGoals": b.whyGoals, "whyCare": b.whyCare, "how": b.how, "what": b.what]
        let open = b.objections.filter { $0.status == .open }.count
        var view: [String: Any] = [
            "lang": l.language.rawValue,
            "labels": BriefNode(labels),
            "title": b.header.title,
            "author": b.header.author,
            "decisionOwner": b.header.decisionOwner,
            "decideBy": b.header.decideBy.map(l.date) ?? "",
            "prepared": l.date(b.header.prepared),
            "ask": b.ask,
            "recommendation": b.recommendation,
            "hasAsk": !b.ask.isEmpty || !b.recommendation.isEmpty,
            "circle": BriefNode(circle),
            "hasCircle": ![b.why, b.whyGoals, b.whyCare, b.how, b.what].allSatisfy(\.isEmpty),
            "alignment": b.alignment.map { row -> BriefNode in
                BriefNode(["goal": row.goal, "kpi": row.kpi, "department": row.department,
                           "range": Alignment.range(baseline: row.baseline, target: row.target, unit: row.unit)])
            },
            "metrics": b.metrics.map { row -> BriefNode in
                BriefNode(["label": row.label, "value": MetricText.value(row.value, unit: row.unit, l),
                 "source": row.source, "date": row.day.map(l.date) ?? "",
                 "sourceAndDate": [row.source, row.day.map(l.date) ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")])
            },
            "wins": b.wins.map { row -> BriefNode in
                BriefNode(["date": l.date(row.day), "text": row.text, "kind": row.kind.word(l), "people": Announcement.list(row.people, l)])
            },
            "hasEvidence": !b.metrics.isEmpty || !b.wins.isEmpty,
            "hasStakeholders": s.mapped > 0,
            "stakeholderSummary": l.text("brief.metOfMapped", l.number(s.met), l.number(s.mapped)),
            "supportSummary": l.text("brief.weightedSupport", l.number(s.influenceWeightedSupport) + l.text("number.percent")),
            "people": s.people.map { person -> BriefNode in
                let move = movement(person.firstStance, person.currentStance)
                return BriefNode(["name": person.name, "role": [person.role, person.department].filter { !$0.isEmpty }.joined(separator: ", "),
                        "influence": String(person.influence), "first": person.firstStance?.word(l) ?? "—",
                        "now": person.currentStance?.word(l) ?? "—", "target": person.targetStance?.word(l) ?? "—",
                        "movement": move, "moved": move != "", "movementUp": move == "↑", "notMet": person.meetings == 0,
                        "notMetLabel": person.meetings == 0 ? l.text("brief.notMetYet") : ""])
            },
            "champions": Announcement.list(s.champions, l),
            "hasChampions": !s.champions.isEmpty,
            "skeptics": Announcement.list(s.stillSkeptical, l),
            "hasSkeptics": !s.stillSkeptical.isEmpty,
            "quotes": b.quotes.map { BriefNode(["text": $0.text, "who": $0.stakeholder, "date": l.date($0.day)]) },
            "hasQuotes": !b.quotes.isEmpty,
            "objections": b.objections.map { row -> BriefNode in
                BriefNode(["question": row.objection, "concern": row.concern, "category": row.category.word(l),
                 "response": row.response, "hasResponse": !row.response.isEmpty, "status": row.status.word(l),
                 "isOpen": row.status == .open, "confirmed": row.confirmed, "from": row.raisedBy ?? "",
                 "statusLine": l.text("brief.objectionStatus.\(row.status == .answered && row.confirmed ? "answeredConfirmed" : row.status.rawValue)")])
            },
            "hasObjections": !b.objections.isEmpty,
            "objectionSummary": l.plural("brief.openObjections", count: open, l.number(b.objections.count)),
            "nextSteps": b.nextSteps,
            "hasNextSteps": !b.nextSteps.isEmpty,
            "meetings": b.meetingLog.map { row -> BriefNode in
                BriefNode(["date": l.date(row.day), "who": row.stakeholder, "channel": row.channel.word(l),
                           "stance": row.stanceAfter?.word(l) ?? "—", "outcome": row.outcome.isEmpty ? row.summary : row.outcome])
            },
            "hasMeetings": !b.meetingLog.isEmpty,
            "hasDecision": b.decision != nil,
            "hasAlignment": !b.alignment.isEmpty,
            "hasMetrics": !b.metrics.isEmpty,
            "hasWins": !b.wins.isEmpty,
        ]
        func decisionNode(_ d: Decision) -> BriefNode {
            BriefNode(["outcome": d.outcome.word(l), "date": l.date(d.day), "reason": d.reason, "lessons": d.lessons, "nextAttempt": d.nextAttempt])
        }
        if let d = b.decision { view["decision"] = decisionNode(d) }
        view["earlierDecisions"] = b.earlierDecisions.map(decisionNode)
        view["hasEarlierDecisions"] = !b.earlierDecisions.isEmpty
        return BriefNode(view)
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
        "colon", "quoteOpen", "quoteClose", "earlierDecision", "concern",
    ]
}
