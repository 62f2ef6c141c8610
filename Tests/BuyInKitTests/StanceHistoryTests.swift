@testable import BuyInKit
import Testing

/// A person's stance history: meetings and stances noted outside them, walked in order by the
/// weekly support and the prep sheet.
@Suite struct StanceHistoryTests {
    static func meeting(_ id: Int64, _ day: String, _ before: Stance?, _ after: Stance?) -> MeetingSummary {
        MeetingSummary(id: id, day: Day(iso: day)!, stakeholderId: 1, stakeholder: "Margaret", channel: .video,
                       stanceBefore: before, stanceAfter: after, summary: "", outcome: "")
    }

    static func noted(_ day: String, _ stance: Stance) -> StanceChange {
        StanceChange(campaignId: 1, stakeholderId: 1, day: Day(iso: day)!, stance: stance)
    }

    @Test func notedStancesTakeTheirPlaceByDayAfterThatDaysMeetings() {
        let history = StanceEvent.history(
            meetings: [Self.meeting(1, "2026-11-02", .skeptic, .neutral), Self.meeting(2, "2026-11-20", nil, .supporter)],
            changes: [Self.noted("2026-11-20", .champion), Self.noted("2026-11-10", .blocker)])
        #expect(history.map(\.after) == [.neutral, .blocker, .supporter, .champion])
        #expect(history.map(\.before) == [.skeptic, nil, nil, nil])
        #expect(PrepSheet.moves(from: nil, history) == [.skeptic, .neutral, .blocker, .supporter, .champion])
    }

    @Test func theWeeklySupportCountsANotedStanceInItsWeek() {
        let person = MappedStakeholder(id: 1, name: "Margaret", role: "", department: "", email: "", influence: 5, interest: 3,
                                       targetStance: nil, initialStance: .skeptic, meetingCount: 1, lastMet: nil,
                                       firstMeetingStance: nil, latestStanceAfter: .supporter)
        let history = StanceEvent.history(meetings: [Self.meeting(1, "2026-11-02", .skeptic, .neutral)],
                                          changes: [Self.noted("2026-11-12", .supporter)])
        let weeks = SupportShare.byWeek([person], history, until: Day(iso: "2026-11-22")!)
        #expect(weeks.map(\.support) == [0, 100, 100], "\(weeks)")
        #expect(SupportShare.stance(of: person, on: Day(iso: "2026-11-11")!, history) == .neutral)
        #expect(SupportShare.stance(of: person, on: Day(iso: "2026-11-12")!, history) == .supporter)
    }
}
