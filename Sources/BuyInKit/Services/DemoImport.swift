import Foundation

/// The bundled sample campaign (`Resources/demo/demo-<lang>.json`), as written by a marketer.
public struct DemoCampaign: Decodable, Sendable {
    public struct CampaignPart: Decodable, Sendable {
        var title, author: String
        /// The golden circle's text fields, each under its field's stable name.
        var circle: GoldenCircle.Change
        var decideBy: Day
        var ifApproved: [String]

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            title = try container.decode(String.self, forKey: Key(stringValue: "title"))
            author = try container.decode(String.self, forKey: Key(stringValue: "author"))
            decideBy = try container.decode(Day.self, forKey: Key(stringValue: "decideBy"))
            ifApproved = try container.decode([String].self, forKey: Key(stringValue: "ifApproved"))
            circle = GoldenCircle.Change()
            for field in GoldenCircle.Field.allCases where !field.isDate && field != .ifApproved {
                circle.setText(field, try container.decode(String.self, forKey: Key(stringValue: field.rawValue)))
            }
            circle.ifApproved = ifApproved.joined(separator: "\n")
            circle.decideBy = .some(decideBy)
            circle.currency = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "currency"))
        }
    }
    struct GoalPart: Decodable, Sendable {
        var text, department, kpi, baseline, target, unit: String
        var reviewOn: Day?
    }
    struct OptionPart: Decodable, Sendable {
        var text, costUnit, expectedReturn, pros, cons: String
        var cost: Double?
        var recommended: Bool
    }
    struct PersonPart: Decodable, Sendable {
        var name, role, department, email: String
        var influence, interest: Int
        var target, stance: Stance
    }
    struct MeetingPart: Decodable, Sendable {
        var with: String
        var date: Day
        var channel: Channel
        var before, after: Stance
        var summary, outcome: String
        var notes, quotes, sharedQuotes: [String]
        var next: String?
        var due: Day?
        var ideaChanges: [String]?
    }
    struct ObjectionPart: Decodable, Sendable {
        var text, from, concern, response: String
        var category: ObjectionCategory
        var confirmed: Bool
        var status: ObjectionStatus
        var date: Day
    }
    struct WinPart: Decodable, Sendable {
        var text: String
        var date: Day
        var with: [String]
        var kind: WinKind
    }
    /// Who influences whom, by name.
    struct LinkPart: Decodable, Sendable {
        var from, to: String
    }
    struct MetricPart: Decodable, Sendable {
        var label, unit, source: String
        var value: Double
        var date: Day
    }

    /// The day the sample's dates were written as of (a Sunday, eleven days before its decision).
    var writtenOn: Day
    public var campaign: CampaignPart
    var goals: [GoalPart]
    var stakeholders: [PersonPart]
    var meetings: [MeetingPart]
    var objections: [ObjectionPart]
    var wins: [WinPart]
    var metrics: [MetricPart]
    var options: [OptionPart]
    var influences: [LinkPart]?

    /// Reads the sample campaign of a language, its dates moved to today's week.
    public static func load(_ language: Language, today: Day) throws -> DemoCampaign {
        let name = "demo-\(language.rawValue).json"
        let data = try ResourceLocator.contents("demo/" + name)
        do {
            return try JSONDecoder().decode(DemoCampaign.self, from: data).moved(to: today)
        } catch let error as BuyInError {
            throw error
        } catch {
            throw BuyInError.invalidDemoData("\(name): \(error)")
        }
    }

    /// The sample as if written this week, so its pre-read never looks stale: every date moves by
    /// the whole weeks since `writtenOn` (meetings stay on their weekdays), which leaves the
    /// decision five to eleven days ahead and the last 1:1 four to ten days back.
    func moved(to today: Day) throws -> DemoCampaign {
        let weeks = (today.ordinal - writtenOn.ordinal).dividedRoundingDown(by: 7)
        func move(_ day: Day) throws -> Day {
            guard let moved = day.adding(days: weeks * 7) else { throw BuyInError.invalidDemoData(day.iso) }
            return moved
        }
        var copy = self
        copy.writtenOn = try move(writtenOn)
        copy.campaign.decideBy = try move(campaign.decideBy)
        copy.campaign.circle.decideBy = .some(copy.campaign.decideBy)
        for index in copy.goals.indices { copy.goals[index].reviewOn = try goals[index].reviewOn.map(move) }
        for index in copy.meetings.indices {
            copy.meetings[index].date = try move(meetings[index].date)
            copy.meetings[index].due = try meetings[index].due.map(move)
        }
        for index in copy.objections.indices { copy.objections[index].date = try move(objections[index].date) }
        for index in copy.wins.indices { copy.wins[index].date = try move(wins[index].date) }
        for index in copy.metrics.indices { copy.metrics[index].date = try move(metrics[index].date) }
        return copy
    }
}

extension RecordStore {
    /// Loads the sample campaign in one transaction and makes it current; returns its slug.
    public func importDemo(_ demo: DemoCampaign) throws -> String {
        try write { records in
            let part = demo.campaign
            var campaign = Campaign(slug: Slug.make(from: part.title), title: part.title, author: part.author, createdOn: demo.meetings.first?.date ?? part.decideBy)
            campaign.apply(part.circle)
            try records.insert(&campaign)
            try records.makeCurrent(slug: campaign.slug)
            let campaignID = try campaign.storedID()
            for goal in demo.goals {
                var row = Goal(campaignId: campaignID, text: goal.text, department: goal.department, kpi: goal.kpi,
                               baseline: goal.baseline, target: goal.target, unit: goal.unit, reviewOn: goal.reviewOn)
                try records.insert(&row)
            }
            var ids: [String: Int64] = [:]
            for person in demo.stakeholders {
                var row = Stakeholder(name: person.name, role: person.role, department: person.department, email: person.email,
                                      influence: person.influence, interest: person.interest)
                let id = try records.insert(&row)
                ids[person.name] = id
                try records.map(campaign: campaignID, stakeholder: id, target: person.target, stance: person.stance)
            }
            let id = { (name: String) throws -> Int64 in
                guard let id = ids[name] else { throw BuyInError.invalidDemoData(name) }
                return id
            }
            for link in demo.influences ?? [] {
                try records.addInfluence(InfluenceLink(influencerId: try id(link.from), influencedId: try id(link.to)))
            }
            for part in demo.meetings {
                var entry = MeetingEntry(stakeholder: part.with, day: part.date)
                entry.channel = part.channel
                entry.stanceBefore = part.before
                entry.stanceAfter = part.after
                entry.summary = part.summary
                entry.notes = part.notes
                entry.privateQuotes = part.quotes
                entry.sharedQuotes = part.sharedQuotes
                entry.outcome = part.outcome
                entry.nextSteps = part.next.map { [$0] } ?? []
                entry.nextStepDue = part.due
                entry.ideaChanges = part.ideaChanges ?? []
                _ = try records.insertMeeting(entry, campaign: campaignID, stakeholder: try id(part.with))
            }
            for entry in demo.objections {
                var row = Objection(campaignId: campaignID, stakeholderId: try id(entry.from), meetingId: nil, text: entry.text,
                                    concern: entry.concern, category: entry.category, response: entry.response,
                                    isConfirmed: entry.confirmed, status: entry.status, raisedOn: entry.date)
                try records.insert(&row)
            }
            for entry in demo.wins {
                var row = Win(campaignId: campaignID, day: entry.date, text: entry.text, kind: entry.kind)
                let win = try records.insert(&row)
                for name in entry.with { try records.link(win: win, stakeholder: try id(name)) }
            }
            for entry in demo.metrics {
                var row = Metric(campaignId: campaignID, label: entry.label, value: entry.value, unit: entry.unit, source: entry.source, day: entry.date)
                try records.insert(&row)
            }
            for entry in demo.options {
                var row = DecisionOption(campaignId: campaignID, text: entry.text, cost: entry.cost, costUnit: entry.costUnit,
                                         expectedReturn: entry.expectedReturn, pros: entry.pros, cons: entry.cons,
                                         isRecommended: entry.recommended)
                try records.insert(&row)
            }
            return campaign.slug
        }
    }
}
