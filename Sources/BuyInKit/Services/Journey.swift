import Foundation
import GRDB

/// The steps that win buy-in, in order.
public enum JourneyStage: String, CaseIterable, Codable, Sendable {
    case why, alignment, stakeholders, meetings, objections, wins, preRead, decision
}

/// The one next step that makes sense, as a command a person can run.
public struct NextStep: Codable, Sendable, Equatable {
    /// The translation key of the advice, and its arguments.
    public var key: String
    public var arguments: [String]
    /// The command to run; literal command words, placeholders in the reader's language.
    public var command: String?
}

/// Where a campaign stands: the figures that tell the story, the stage reached, the next step.
public struct JourneyStatus: Codable, Sendable {
    public var slug: String
    public var title: String
    public var stage: JourneyStage?
    public var completed: [JourneyStage]
    public var goals: Int
    public var mapped: Int
    public var met: Int
    public var meetings: Int
    public var movedUp: Int
    public var movedDown: Int
    public var supportive: Int
    public var skeptical: Int
    public var openObjections: Int
    public var objections: Int
    public var wins: Int
    public var openFollowUps: Int
    public var overdueFollowUps: Int
    public var decideBy: Day?
    public var decision: Decision?
    public var nextStep: NextStep?
}

extension Store {
    /// Reads the whole state of a campaign in one snapshot and names the next step.
    public func journey(of slug: String?, today: Day, placeholder: String) throws -> JourneyStatus {
        try read { db in
            let campaign = try Self.campaign(db, slug)
            let id = campaign.id!
            let people = try Self.mappedStakeholders(db, id)
            let count = { (sql: String) in try Int.fetchOne(db, sql: sql, arguments: [id]) ?? 0 }
            let goals = try count("SELECT count(*) FROM goal WHERE campaignId = ?")
            let meetings = try count("SELECT count(*) FROM meeting WHERE campaignId = ?")
            let objections = try count("SELECT count(*) FROM objection WHERE campaignId = ?")
            let openObjections = try count("SELECT count(*) FROM objection WHERE campaignId = ? AND status = 'open'")
            let wins = try count("SELECT count(*) FROM win WHERE campaignId = ?")
            let openFollowUps = try count("SELECT count(*) FROM followUp WHERE campaignId = ? AND doneOn IS NULL")
            let overdue = try Int.fetchOne(db, sql: "SELECT count(*) FROM followUp WHERE campaignId = ? AND doneOn IS NULL AND due < ?",
                                           arguments: [id, today]) ?? 0
            let decision = try Decision.of(campaign: id, db)
            let oldestOpen = try Int64.fetchOne(db, sql: "SELECT id FROM objection WHERE campaignId = ? AND status = 'open' ORDER BY id LIMIT 1",
                                                arguments: [id])

            var status = JourneyStatus(
                slug: campaign.slug, title: campaign.title, stage: nil, completed: [], goals: goals, mapped: people.count,
                met: people.filter { $0.meetingCount > 0 }.count, meetings: meetings,
                movedUp: people.filter { Self.movement($0) > 0 }.count, movedDown: people.filter { Self.movement($0) < 0 }.count,
                supportive: people.filter { $0.currentStance?.isSupportive ?? false }.count,
                skeptical: people.filter { ($0.currentStance?.score ?? 0) < 0 }.count,
                openObjections: openObjections, objections: objections, wins: wins,
                openFollowUps: openFollowUps, overdueFollowUps: overdue, decideBy: campaign.decideBy, decision: decision)

            let quoted = { (text: String) in "\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"" }
            let unmet = people.first { $0.meetingCount == 0 }
            // Each stage with whether it is done and, if not, what to do about it.
            let stages: [(JourneyStage, Bool, NextStep)] = [
                (.why, campaign.circle.hasWhy,
                 NextStep(key: "next.why", arguments: [], command: "buyin why --edit")),
                (.alignment, goals > 0,
                 NextStep(key: "next.alignment", arguments: [], command: "buyin goal add \(quoted(placeholder)) --department … --kpi … --baseline … --target …")),
                (.stakeholders, !people.isEmpty,
                 NextStep(key: "next.stakeholders", arguments: [], command: "buyin stakeholder add \(quoted(placeholder)) --role … --influence 4 --target supporter")),
                (.meetings, !people.isEmpty && unmet == nil && overdue == 0,
                 unmet.map { NextStep(key: "next.meet", arguments: [$0.name, String($0.influence)], command: "buyin meeting log \(quoted($0.name))") }
                    ?? NextStep(key: overdue == 1 ? "next.followUps.one" : "next.followUps.other", arguments: [String(overdue)],
                                command: "buyin followups")),
                (.objections, meetings > 0 && openObjections == 0,
                 NextStep(key: "next.objection", arguments: [String(oldestOpen ?? 0)], command: "buyin objection answer \(oldestOpen ?? 0) \(quoted(placeholder))")),
                (.wins, wins > 0,
                 NextStep(key: "next.win", arguments: [], command: "buyin win add \(quoted(placeholder))")),
                (.preRead, decision != nil || (campaign.decideBy.map { $0 < today } ?? false),
                 NextStep(key: "next.brief", arguments: [], command: "buyin brief --format html --output brief.html")),
                (.decision, decision != nil,
                 NextStep(key: "next.decision", arguments: [], command: "buyin decision approved --reason \(quoted(placeholder))")),
            ]
            for (stage, done, next) in stages {
                if done {
                    status.completed.append(stage)
                } else if status.stage == nil {
                    status.stage = stage
                    status.nextStep = next
                }
            }
            if let decision {
                status.nextStep = decision.outcome == .approved
                    ? NextStep(key: "next.approved", arguments: [], command: "buyin win add \(quoted(placeholder)) --kind commitment")
                    : NextStep(key: "next.retry", arguments: [], command: "buyin decision show")
            }
            return status
        }
    }

    /// How far a stakeholder moved: positive towards support.
    static func movement(_ person: MappedStakeholder) -> Int {
        guard let first = person.firstStance, let now = person.currentStance else { return 0 }
        return now.score - first.score
    }
}
