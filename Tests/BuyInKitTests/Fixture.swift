import BuyInKit
import BuyInTestSupport
import Foundation

/// A small campaign with every kind of record, fixed dates, and text chosen to break documents:
/// table pipes, a leading `#`, HTML, and private material that must never be exported.
enum Fixture {
    static let privateNote = "PRIVATE-NOTE: Paul is angling for the VP job"
    static let privateQuote = "PRIVATE-QUOTE: this budget is a joke"
    static let prepared = Day(iso: "2026-11-20")!

    /// Builds the campaign in a new database in `folder` and returns the store.
    static func campaign(in folder: TemporaryFolder) throws -> SQLiteStore {
        let store = try SQLiteStore(path: folder.file("buyin.sqlite"))
        var circle = GoldenCircle.Change()
        circle.why = "Buyers read LinkedIn before they call us. <script>alert('x')</script>"
        circle.whyGoals = "Feeds the pipeline goal | and the inbound goal"
        circle.whyCare = "# Not a heading: everyone gains *something*"
        circle.how = "Train 25 reps; share a weekly library."
        circle.what = "A 12-month programme, €50k."
        circle.ask = "Approve €50k for 12 months."
        circle.recommendation = "Approve now, review at 6 months."
        circle.decisionOwner = "Hélène Marchand, CEO"
        circle.decideBy = .some(Day(iso: "2026-12-03")!)
        circle.ifApproved = "Launch at the kick-off\nReview at six months"
        circle.ifNot = "Competitors stay first in our buyers' feeds."
        _ = try store.startCampaign(title: "Social selling", author: "Léa Durand", circle: circle, today: Day(iso: "2026-09-01")!)
        _ = try store.addGoal(GoalEntry(text: "Grow pipeline", department: "Sales", kpi: "New pipeline",
                                   baseline: "1800", target: "2400", unit: "k€", reviewOn: Day(iso: "2027-06-30")), in: .current)
        _ = try store.addOption(OptionEntry(text: "Full programme | 25 reps", cost: 50, costUnit: "k€",
                                               expectedReturn: "€600k of pipeline a year", pros: "Launches in January",
                                               cons: "Largest spend", isRecommended: true), in: .current)
        _ = try store.addOption(OptionEntry(text: "Extend the pilot", cost: 14, costUnit: "k€"), in: .current)
        _ = try store.addStakeholder(Stakeholder(name: "Margaret Lindqvist", role: "CFO", department: "Finance", influence: 5),
                                     in: .current, target: .supporter, stance: .skeptic)
        _ = try store.addStakeholder(Stakeholder(name: "Marco Bianchi", role: "AE", department: "Sales", influence: 2),
                                     in: .current, target: .champion, stance: nil)
        _ = try store.addStakeholder(Stakeholder(name: "Julien Fabre", role: "Legal", influence: 4),
                                     in: .current, target: .neutral, stance: .blocker)
        _ = try store.addStakeholder(Stakeholder(name: "Hélène Marchand", role: "CEO", department: "Executive", influence: 5, interest: 4),
                                     in: .current, target: .supporter, stance: .neutral)
        _ = try store.addInfluence("Marco", influences: "Hélène")
        _ = try store.addInfluence("Margaret", influences: "Marco")
        var first = MeetingEntry(stakeholder: "Marg", day: Day(iso: "2026-10-01")!)
        first.channel = .video
        first.stanceAfter = .neutral
        first.summary = "Walked through the pilot numbers."
        first.notes = [privateNote]
        first.privateQuotes = [privateQuote]
        first.sharedQuotes = ["Show me the pipeline | then we talk."]
        first.outcome = "Wants a cheaper option <b>first</b>"
        first.ideaChanges = ["Start with 25 seats | not 40 <b>"]
        first.nextSteps = ["Send the 25-seat quote"]
        first.nextStepDue = Day(iso: "2026-10-08")
        _ = try store.logMeeting(first, in: .current)
        var second = MeetingEntry(stakeholder: "margaret", day: Day(iso: "2026-11-12")!)
        second.stanceAfter = .supporter
        second.outcome = "Will fund from Q1"
        _ = try store.logMeeting(second, in: .current)
        var third = MeetingEntry(stakeholder: "Marco", day: Day(iso: "2026-10-20")!)
        third.channel = .chat
        third.stanceBefore = .supporter
        third.stanceAfter = .champion
        third.sharedQuotes = ["Three meetings I would never have booked cold."]
        third.outcome = "Presents the pilot at kick-off"
        _ = try store.logMeeting(third, in: .current)
        var cost = ObjectionEntry(text: "The tool costs too much", day: Day(iso: "2026-10-01")!)
        cost.stakeholder = "Margaret"
        cost.concern = "Budget is frozen until Q1"
        cost.category = .cost
        let costView = try store.addObjection(cost, in: .current)
        _ = try store.move(objection: costView.id, in: .current, .answer(response: "25 seats instead of 40; budget in two halves.", confirmed: true))
        _ = try store.move(objection: costView.id, in: .current, .resolve)
        var timing = ObjectionEntry(text: "Why now, during the pricing overhaul?", day: Day(iso: "2026-11-12")!)
        timing.category = .timing
        timing.stakeholder = "Hélène"
        timing.concern = "Sales attention split between two changes"
        _ = try store.addObjection(timing, in: .current)
        _ = try store.addWin(text: "Pilot delivered €142k of pipeline", day: Day(iso: "2026-10-20")!, kind: .metric,
                             people: ["Marco"], in: .current)
        _ = try store.addMetric(MetricEntry(label: "Pilot pipeline", value: 142_000.5, unit: "€", source: "CRM",
                                       day: Day(iso: "2026-10-19")), in: .current)
        return store
    }
}
