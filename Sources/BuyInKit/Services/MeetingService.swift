import GRDB

extension Store {
    /// Records a 1:1 with its notes, quotes and next step, in one transaction.
    /// `stanceBefore` defaults to the stakeholder's current stance in the campaign.
    public func logMeeting(_ entry: MeetingEntry, campaign slug: String?) throws -> MeetingRecord {
        for text in entry.notes where text.trimmed.isEmpty { throw BuyInError.emptyText(field: "note") }
        for text in entry.privateQuotes + entry.sharedQuotes where text.trimmed.isEmpty { throw BuyInError.emptyText(field: "quote") }
        for next in entry.nextSteps where next.trimmed.isEmpty { throw BuyInError.emptyText(field: "next") }
        // A due date belongs to a next step; alone it would be dropped without a word.
        if entry.nextStepDue != nil && entry.nextSteps.isEmpty { throw BuyInError.missingValue(field: "next") }
        return try write { db in
            let campaign = try Self.campaign(db, slug)
            let person = try Self.stakeholder(db, entry.stakeholder)
            try Self.map(db, campaign: campaign.id!, stakeholder: person.id!)
            var entry = entry
            entry.stanceBefore = try entry.stanceBefore ?? Self.currentStance(db, campaign: campaign.id!, stakeholder: person.id!)
            let id = try Self.insertMeeting(db, entry, campaign: campaign.id!, stakeholder: person.id!)
            return try Self.meetingRecord(db, id, campaign: nil)
        }
    }

    /// Inserts a meeting with its notes, quotes and next steps, as given; returns its id.
    static func insertMeeting(_ db: Database, _ entry: MeetingEntry, campaign: Int64, stakeholder: Int64) throws -> Int64 {
        var meeting = Meeting(campaignId: campaign, stakeholderId: stakeholder, day: entry.day, channel: entry.channel,
                              stanceBefore: entry.stanceBefore, stanceAfter: entry.stanceAfter,
                              summary: entry.summary.trimmed, outcome: entry.outcome.trimmed)
        try meeting.insert(db)
        let id = meeting.id!
        for text in entry.notes {
            var note = MeetingNote(meetingId: id, text: text.trimmed)
            try note.insert(db)
        }
        for (text, shareable) in entry.privateQuotes.map({ ($0, false) }) + entry.sharedQuotes.map({ ($0, true) }) {
            var quote = MeetingQuote(meetingId: id, text: text.trimmed, isShareable: shareable)
            try quote.insert(db)
        }
        for next in entry.nextSteps {
            var followUp = FollowUp(campaignId: campaign, meetingId: id, text: next.trimmed, due: entry.nextStepDue)
            try followUp.insert(db)
        }
        return id
    }

    static let meetingSummarySQL = """
        SELECT m.id, m.day, m.stakeholderId, s.name AS stakeholder, m.channel, m.stanceBefore, m.stanceAfter, m.summary, m.outcome
        FROM meeting m JOIN stakeholder s ON s.id = m.stakeholderId
        """

    /// The meetings of a campaign, oldest first, without anything private.
    public func meetings(in slug: String?, stakeholder query: String? = nil) throws -> [MeetingSummary] {
        try read { db in
            let campaignID = try Self.campaign(db, slug).id!
            if let query {
                let person = try Self.stakeholder(db, query)
                return try MeetingSummary.fetchAll(db, sql: Self.meetingSummarySQL + " WHERE m.campaignId = ? AND m.stakeholderId = ? ORDER BY m.day, m.id",
                                                   arguments: [campaignID, person.id!])
            }
            return try MeetingSummary.fetchAll(db, sql: Self.meetingSummarySQL + " WHERE m.campaignId = ? ORDER BY m.day, m.id", arguments: [campaignID])
        }
    }

    /// One meeting with everything recorded about it. A meeting of another campaign is "not found"
    /// only when a campaign is given.
    public func meeting(_ id: Int64, campaign campaignID: Int64? = nil) throws -> MeetingRecord {
        try read { db in try Self.meetingRecord(db, id, campaign: campaignID) }
    }

    static func meetingRecord(_ db: Database, _ id: Int64, campaign campaignID: Int64?) throws -> MeetingRecord {
        var sql = Self.meetingSummarySQL + " WHERE m.id = ?"
        var arguments: StatementArguments = [id]
        if let campaignID { sql += " AND m.campaignId = ?"; arguments += [campaignID] }
        guard let summary = try MeetingSummary.fetchOne(db, sql: sql, arguments: arguments) else {
            throw BuyInError.unknownRecord(kind: .meeting, id: id)
        }
        let notes = try String.fetchAll(db, sql: "SELECT text FROM meetingNote WHERE meetingId = ? ORDER BY id", arguments: [id])
        let quotes = try MeetingQuote.fetchAll(db, sql: "SELECT * FROM meetingQuote WHERE meetingId = ? ORDER BY id", arguments: [id])
        let followUps = try FollowUp.fetchAll(db, sql: "SELECT * FROM followUp WHERE meetingId = ? ORDER BY id", arguments: [id])
        return MeetingRecord(meeting: summary, notes: notes, quotes: quotes, followUps: followUps)
    }

    /// Next steps not yet done, overdue first, then by due date (undated last).
    public func openFollowUps(in slug: String?) throws -> [FollowUpView] {
        try read { db in
            let campaignID = try Self.campaign(db, slug).id!
            return try FollowUpView.fetchAll(db, sql: """
                SELECT f.id, f.text, f.due, f.meetingId, s.name AS stakeholder
                FROM followUp f LEFT JOIN meeting m ON m.id = f.meetingId LEFT JOIN stakeholder s ON s.id = m.stakeholderId
                WHERE f.campaignId = ? AND f.doneOn IS NULL
                ORDER BY f.due IS NULL, f.due, f.id
                """, arguments: [campaignID])
        }
    }

    /// Marks a next step done.
    public func completeFollowUp(_ id: Int64, campaign slug: String?, today: Day) throws -> FollowUp {
        try write { db in
            let campaignID = try Self.campaign(db, slug).id!
            guard var followUp = try FollowUp.filter(Column("id") == id && Column("campaignId") == campaignID).fetchOne(db) else {
                throw BuyInError.unknownRecord(kind: .followUp, id: id)
            }
            followUp.doneOn = followUp.doneOn ?? today
            try followUp.update(db)
            return followUp
        }
    }
}

/// A next step in the follow-up list.
public struct FollowUpView: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var text: String
    public var due: Day?
    public var meetingId: Int64?
    public var stakeholder: String?

    public func isOverdue(today: Day) -> Bool { due.map { $0 < today } ?? false }
}
