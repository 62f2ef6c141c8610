import GRDB

extension SQLiteRecords: MeetingRepository {
    func insert(_ meeting: inout Meeting) throws { try meeting.insert(db) }

    func meeting(id: Int64, campaign: Int64) throws -> Meeting? {
        try Meeting.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
    }

    func update(_ meeting: Meeting) throws { try meeting.update(db) }

    func deleteNotes(meeting: Int64) throws {
        try db.execute(sql: "DELETE FROM meetingNote WHERE meetingId = ?", arguments: [meeting])
    }

    func deleteQuotes(meeting: Int64, shareable: Bool) throws {
        try db.execute(sql: "DELETE FROM meetingQuote WHERE meetingId = ? AND isShareable = ?", arguments: [meeting, shareable])
    }

    /// One person writes the file: every quote is theirs.
    func othersQuotes(meeting: Int64, shareable: Bool) throws -> [String] { [] }

    func insertNote(meeting: Int64, text: String) throws {
        // Prepared once per connection: `import` adds one per note (perf: parsing it again
        // each time was a third of importing 10,000 meetings: 2.9 s, now 2.0 s).
        try db.cachedStatement(sql: "INSERT INTO meetingNote(meetingId, text) VALUES (?, ?)").execute(arguments: [meeting, text])
    }

    func insert(_ quote: inout MeetingQuote) throws { try quote.insert(db) }

    func insert(_ followUp: inout FollowUp) throws { try followUp.insert(db) }

    func meetingSummaries(campaign: Int64, stakeholder: Int64?) throws -> [MeetingSummary] {
        if let stakeholder {
            return try MeetingSummary.fetchAll(db, sql: MeetingSummary.selection + " WHERE m.campaignId = ? AND m.stakeholderId = ? ORDER BY m.day, m.id",
                                               arguments: [campaign, stakeholder])
        }
        return try MeetingSummary.fetchAll(db, sql: MeetingSummary.selection + " WHERE m.campaignId = ? ORDER BY m.day, m.id", arguments: [campaign])
    }

    func meetingCount(campaign: Int64, stakeholder: Int64, day: Day) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM meeting WHERE stakeholderId = ? AND campaignId = ? AND day = ?",
                         arguments: [stakeholder, campaign, day]) ?? 0
    }

    func meetingSummary(id: Int64, campaign: Int64?) throws -> MeetingSummary? {
        if let campaign {
            return try MeetingSummary.fetchOne(db, sql: MeetingSummary.selection + " WHERE m.id = ? AND m.campaignId = ?", arguments: [id, campaign])
        }
        return try MeetingSummary.fetchOne(db, sql: MeetingSummary.selection + " WHERE m.id = ?", arguments: [id])
    }

    func notes(meeting: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT text FROM meetingNote WHERE meetingId = ? ORDER BY id", arguments: [meeting])
    }

    func quotes(meeting: Int64) throws -> [MeetingQuote] {
        try MeetingQuote.fetchAll(db, sql: "SELECT * FROM meetingQuote WHERE meetingId = ? ORDER BY id", arguments: [meeting])
    }

    func followUps(meeting: Int64) throws -> [FollowUp] {
        try FollowUp.fetchAll(db, sql: "SELECT * FROM followUp WHERE meetingId = ? ORDER BY id", arguments: [meeting])
    }

    func openFollowUps(campaign: Int64) throws -> [FollowUpView] {
        try FollowUpView.fetchAll(db, sql: FollowUpView.selection + " WHERE f.campaignId = ? AND f.doneOn IS NULL ORDER BY f.due IS NULL, f.due, f.id",
                                  arguments: [campaign])
    }

    func followUp(id: Int64, campaign: Int64) throws -> FollowUp? {
        try FollowUp.fetchOne(db, sql: "SELECT * FROM followUp WHERE id = ? AND campaignId = ?", arguments: [id, campaign])
    }

    func update(_ followUp: FollowUp) throws { try followUp.update(db) }

    func shareableQuotes(campaign: Int64) throws -> [Briefing.Quote] {
        try Briefing.Quote.fetchAll(db, sql: Briefing.Quote.selection + " WHERE m.campaignId = ? AND q.isShareable = 1 ORDER BY m.day, m.id, q.id",
                                    arguments: [campaign])
    }
}

extension MeetingSummary: FetchableRecord {
    static let selection = """
        SELECT m.id, m.day, m.stakeholderId, s.name, m.channel, m.stanceBefore, m.stanceAfter, m.summary, m.outcome
        FROM meeting m JOIN stakeholder s ON s.id = m.stakeholderId
        """

    /// Read by column position: listings decode thousands of these, and GRDB's Codable
    /// decoding costs several times more per row.
    public init(row: Row) throws {
        self.init(id: try row.decode(atIndex: 0), day: try row.decode(atIndex: 1), stakeholderId: try row.decode(atIndex: 2),
                  stakeholder: try row.decode(atIndex: 3), channel: try row.decode(atIndex: 4),
                  stanceBefore: try row.decode(atIndex: 5), stanceAfter: try row.decode(atIndex: 6),
                  summary: try row.decode(atIndex: 7), outcome: try row.decode(atIndex: 8))
    }
}

extension FollowUpView: FetchableRecord {
    static let selection = """
        SELECT f.id, f.text, f.due, f.meetingId, s.name
        FROM followUp f LEFT JOIN meeting m ON m.id = f.meetingId LEFT JOIN stakeholder s ON s.id = m.stakeholderId
        """

    public init(row: Row) throws {
        self.init(id: try row.decode(atIndex: 0), text: try row.decode(atIndex: 1), due: try row.decode(atIndex: 2),
                  meetingId: try row.decode(atIndex: 3), stakeholder: try row.decode(atIndex: 4))
    }
}

extension Briefing.Quote: FetchableRecord {
    static let selection = """
        SELECT q.text, s.name, m.day FROM meetingQuote q
        JOIN meeting m ON m.id = q.meetingId JOIN stakeholder s ON s.id = m.stakeholderId
        """

    public init(row: Row) throws {
        self.init(text: try row.decode(atIndex: 0), stakeholder: try row.decode(atIndex: 1), day: try row.decode(atIndex: 2))
    }
}
