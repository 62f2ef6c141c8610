import GRDB

/// A stance noted outside a 1:1 (a hallway conversation, a message): `stakeholder edit NAME
/// --stance S` records where the person stands from that day, in the campaign's history, so
/// the map shows a move that happened instead of rewriting where they started. Shareable, like
/// the stances of meetings.
public struct StanceChange: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var campaignId: Int64
    public var stakeholderId: Int64
    public var day: Day
    public var stance: Stance
    public static let databaseTableName = "stanceChange"

    public init(campaignId: Int64, stakeholderId: Int64, day: Day, stance: Stance) {
        self.campaignId = campaignId
        self.stakeholderId = stakeholderId
        self.day = day
        self.stance = stance
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One step of a person's stance history in a campaign: a meeting's stances before and after,
/// or a stance noted outside a meeting (no "before"). Walked in order by the weekly support,
/// the win digest and the prep sheet's "how it moved".
public struct StanceEvent: Sendable, Equatable {
    public var stakeholderId: Int64
    public var day: Day
    public var before: Stance?
    public var after: Stance?

    /// Meetings and noted changes, by day; on one day, a noted change after the meetings (it is
    /// what the marketer wrote down last about where the person stands), as the map counts it.
    public static func history(meetings: [MeetingSummary], changes: [StanceChange]) -> [StanceEvent] {
        let met = meetings.map { StanceEvent(stakeholderId: $0.stakeholderId, day: $0.day, before: $0.stanceBefore, after: $0.stanceAfter) }
        guard !changes.isEmpty else { return met }
        let noted = changes.map { StanceEvent(stakeholderId: $0.stakeholderId, day: $0.day, before: nil, after: $0.stance) }
        // A stable sort keeps meetings in their order and puts the day's changes after them.
        return (met + noted).enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }
}

/// Where a person stands now: the later of their latest meeting's stance and the latest one noted
/// outside a meeting; on one day the noted one (the rule `StanceEvent.history` orders by too).
/// One rule for the map, `status` and a meeting logged or a stance noted, read from four
/// scalar subqueries that both stores answer alike.
enum CurrentStance {
    /// The four columns, for the person and campaign the two SQL expressions name.
    static func columns(person: String, campaign: String) -> String {
        """
        (SELECT m.stanceAfter FROM meeting m WHERE m.stakeholderId = \(person) AND m.campaignId = \(campaign) AND m.stanceAfter IS NOT NULL
          ORDER BY m.day DESC, m.id DESC LIMIT 1),
        (SELECT max(m.day) FROM meeting m WHERE m.stakeholderId = \(person) AND m.campaignId = \(campaign) AND m.stanceAfter IS NOT NULL),
        (SELECT c.stance FROM stanceChange c WHERE c.stakeholderId = \(person) AND c.campaignId = \(campaign) ORDER BY c.day DESC, c.id DESC LIMIT 1),
        (SELECT max(c.day) FROM stanceChange c WHERE c.stakeholderId = \(person) AND c.campaignId = \(campaign))
        """
    }

    /// The stance the four columns starting at `index` say.
    static func decode(_ row: some ColumnRow, from index: Int) throws -> Stance? {
        let meetingStance: Stance? = try row.decode(atIndex: index)
        let meetingDay: Day? = try row.decode(atIndex: index + 1)
        let notedStance: Stance? = try row.decode(atIndex: index + 2)
        guard let notedDay: Day = try row.decode(atIndex: index + 3) else { return meetingStance }
        guard let meetingDay else { return notedStance }
        return notedDay >= meetingDay ? notedStance : meetingStance
    }
}
