import Foundation
import GRDB

/// The bundled sample campaign (`Resources/demo/demo-<lang>.json`), as written by a marketer.
public struct DemoCampaign: Decodable, Sendable {
    public struct CampaignPart: Decodable, Sendable {
        var title, author, why, whyGoals, whyCare, how, what, ask, recommendation, decisionOwner: String
        var decideBy: Day
        var ifApproved: [String]
    }
    struct GoalPart: Decodable, Sendable { var text, department, kpi, baseline, target, unit: String }
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
    struct MetricPart: Decodable, Sendable {
        var label, unit, source: String
        var value: Double
        var date: Day
    }

    public var campaign: CampaignPart
    var goals: [GoalPart]
    var stakeholders: [PersonPart]
    var meetings: [MeetingPart]
    var objections: [ObjectionPart]
    var wins: [WinPart]
    var metrics: [MetricPart]

    /// Reads the sample campaign of a language.
    public static func load(_ language: Language) throws -> DemoCampaign {
        let name = "demo-\(language.rawValue).json"
        let data = try ResourceLocator.contents("demo/" + name)
        do {
            return try JSONDecoder().decode(DemoCampaign.self, from: data)
        } catch {
            throw BuyInError.invalidDemoData("\(name): \(error)")
        }
    }
}

extension Store {
    /// Loads the sample campaign in one transaction and makes it current; returns its slug.
    public func importDemo(_ demo: DemoCampaign) throws -> String {
        try write { db in
            let part = demo.campaign
            var campaign = Campaign(slug: Slug.make(from: part.title), title: part.title, author: part.author, createdOn: demo.meetings.first?.date ?? part.decideBy)
            var change = GoldenCircle.Change()
            change.why = part.why; change.whyGoals = part.whyGoals; change.whyCare = part.whyCare; change.how = part.how
            change.what = part.what; change.ask = part.ask; change.recommendation = part.recommendation
            change.decisionOwner = part.decisionOwner; change.decideBy = .some(part.decideBy)
            change.ifApproved = part.ifApproved.joined(separator: "\n")
            campaign.apply(change)
            try campaign.insert(db)
            try Self.setCurrent(db, campaign)
            let campaignID = campaign.id!
            for goal in demo.goals {
                var row = Goal(campaignId: campaignID, text: goal.text, department: goal.department, kpi: goal.kpi,
                               baseline: goal.baseline, target: goal.target, unit: goal.unit)
                try row.insert(db)
            }
            var ids: [String: Int64] = [:]
            for person in demo.stakeholders {
                var row = Stakeholder(name: person.name, role: person.role, department: person.department, email: person.email,
                                      influence: person.influence, interest: person.interest)
                try row.insert(db)
                ids[person.name] = row.id!
                try Self.map(db, campaign: campaignID, stakeholder: row.id!, target: person.target, stance: person.stance)
            }
            let id = { (name: String) throws -> Int64 in
                guard let id = ids[name] else { throw BuyInError.invalidDemoData(name) }
                return id
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
                _ = try Self.insertMeeting(db, entry, campaign: campaignID, stakeholder: try id(part.with))
            }
            for entry in demo.objections {
                var row = Objection(campaignId: campaignID, stakeholderId: try id(entry.from), meetingId: nil, text: entry.text,
                                    concern: entry.concern, category: entry.category, response: entry.response,
                                    isConfirmed: entry.confirmed, status: entry.status, raisedOn: entry.date)
                try row.insert(db)
            }
            for entry in demo.wins {
                var row = Win(campaignId: campaignID, day: entry.date, text: entry.text, kind: entry.kind)
                try row.insert(db)
                for name in entry.with { try WinStakeholder(winId: row.id!, stakeholderId: try id(name)).insert(db) }
            }
            for entry in demo.metrics {
                var row = Metric(campaignId: campaignID, label: entry.label, value: entry.value, unit: entry.unit, source: entry.source, day: entry.date)
                try row.insert(db)
            }
            return campaign.slug
        }
    }
}
