import GRDB

extension SQLRecords {
    func insert(_ meeting: inout Meeting) throws -> Int64 { try insertRecord(&meeting) }

    func meeting(id: Int64, campaign: Int64) throws -> Meeting? {
        try fetchOne(Meeting.self, "SELECT * FROM meeting WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ meeting: Meeting) throws { try updateRecord(meeting) }

    /// On the team store, only the notes this member wrote: the policy hides the others'.
    func deleteNotes(meeting: Int64) throws { try execute("DELETE FROM meetingNote WHERE meetingId = ?", [meeting]) }

    func deleteQuotes(meeting: Int64, shareable: Bool) throws {
        try execute("DELETE FROM meetingQuote WHERE meetingId = ? AND isShareable = ?", [meeting, shareable])
    }

    func insertNote(meeting: Int64, text: String) throws {
        try execute("INSERT INTO meetingNote(meetingId, text) VALUES (?, ?)", [meeting, text])
    }

    func insert(_ quote: inout MeetingQuote) throws -> Int64 { try insertRecord(&quote) }

    func insert(_ followUp: inout FollowUp) throws -> Int64 { try insertRecord(&followUp) }

    func meetingSummaries(campaign: Int64, stakeholder: Int64?) throws -> [MeetingSummary] {
        if let stakeholder {
            return try fetch(MeetingSummary.selection + " WHERE m.campaignId = ? AND m.stakeholderId = ? ORDER BY m.day, m.id",
                             [campaign, stakeholder]) { try MeetingSummary(columns: $0) }
        }
        return try fetch(MeetingSummary.selection + " WHERE m.campaignId = ? ORDER BY m.day, m.id", [campaign]) { try MeetingSummary(columns: $0) }
    }

    func meetingCount(campaign: Int64, stakeholder: Int64, day: Day) throws -> Int {
        try value(Int.self, "SELECT count(*) FROM meeting WHERE stakeholderId = ? AND campaignId = ? AND day = ?", [stakeholder, campaign, day]) ?? 0
    }

    func meetingSummary(id: Int64, campaign: Int64?) throws -> MeetingSummary? {
        if let campaign {
            return try fetchFirst(MeetingSummary.selection + " WHERE m.id = ? AND m.campaignId = ?", [id, campaign]) { try MeetingSummary(columns: $0) }
        }
        return try fetchFirst(MeetingSummary.selection + " WHERE m.id = ?", [id]) { try MeetingSummary(columns: $0) }
    }

    func notes(meeting: Int64) throws -> [String] {
        try values(String.self, "SELECT text FROM meetingNote WHERE meetingId = ? ORDER BY id", [meeting])
    }

    func quotes(meeting: Int64) throws -> [MeetingQuote] {
        try fetchAll(MeetingQuote.self, "SELECT * FROM meetingQuote WHERE meetingId = ? ORDER BY id", [meeting])
    }

    func followUps(meeting: Int64) throws -> [FollowUp] {
        try fetchAll(FollowUp.self, "SELECT * FROM followUp WHERE meetingId = ? ORDER BY id", [meeting])
    }

    func openFollowUps(campaign: Int64) throws -> [FollowUpView] {
        try fetch(FollowUpView.selection + " WHERE f.campaignId = ? AND f.doneOn IS NULL ORDER BY f.due IS NULL, f.due, f.id", [campaign]) { try FollowUpView(columns: $0) }
    }

    func followUp(id: Int64, campaign: Int64) throws -> FollowUp? {
        try fetchOne(FollowUp.self, "SELECT * FROM followUp WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ followUp: FollowUp) throws { try updateRecord(followUp) }

    func shareableQuotes(campaign: Int64) throws -> [Briefing.Quote] {
        try fetch(Briefing.Quote.selection + " WHERE m.campaignId = ? AND q.isShareable ORDER BY m.day, m.id, q.id", [campaign]) { try Briefing.Quote(columns: $0) }
    }
}

extension MeetingSummary {
    static let selection = """
        SELECT m.id, m.day, m.stakeholderId, s.name, m.channel, m.stanceBefore, m.stanceAfter, m.summary, m.outcome
        FROM meeting m JOIN stakeholder s ON s.id = m.stakeholderId
        """

    /// Read by column position: listings decode thousands of these, and GRDB's Codable
    /// decoding costs several times more per row.
    init(columns row: some ColumnRow) throws {
        self.init(id: try row.decode(atIndex: 0), day: try row.decode(atIndex: 1), stakeholderId: try row.decode(atIndex: 2),
                  stakeholder: try row.decode(atIndex: 3), channel: try row.decode(atIndex: 4),
                  stanceBefore: try row.decode(atIndex: 5), stanceAfter: try row.decode(atIndex: 6),
                  summary: try row.decode(atIndex: 7), outcome: try row.decode(atIndex: 8))
    }
}

extension FollowUpView {
    static let selection = """
        SELECT f.id, f.text, f.due, f.meetingId, s.name
        FROM followUp f LEFT JOIN meeting m ON m.id = f.meetingId LEFT JOIN stakeholder s ON s.id = m.stakeholderId
        """

    init(columns row: some ColumnRow) throws {
        self.init(id: try row.decode(atIndex: 0), text: try row.decode(atIndex: 1), due: try row.decode(atIndex: 2),
                  meetingId: try row.decode(atIndex: 3), stakeholder: try row.decode(atIndex: 4))
    }
}

extension Briefing.Quote {
    static let selection = """
        SELECT q.text, s.name, m.day FROM meetingQuote q
        JOIN meeting m ON m.id = q.meetingId JOIN stakeholder s ON s.id = m.stakeholderId
        """

    init(columns row: some ColumnRow) throws {
        self.init(text: try row.decode(atIndex: 0), stakeholder: try row.decode(atIndex: 1), day: try row.decode(atIndex: 2))
    }
}

extension SQLRecords {
    func insert(_ change: inout IdeaChange) throws -> Int64 { try insertRecord(&change) }

    func ideaChanges(meeting: Int64) throws -> [IdeaChange] {
        try fetchAll(IdeaChange.self, "SELECT * FROM ideaChange WHERE meetingId = ? ORDER BY id", [meeting])
    }

    func deleteIdeaChanges(meeting: Int64) throws { try execute("DELETE FROM ideaChange WHERE meetingId = ?", [meeting]) }

    func ideaChanges(campaign: Int64) throws -> [IdeaChangeView] {
        try fetch(IdeaChangeView.selection + " WHERE m.campaignId = ? ORDER BY m.day, m.id, c.id", [campaign]) { try IdeaChangeView(columns: $0) }
    }
}

extension IdeaChangeView {
    static let selection = """
        SELECT c.id, c.text, m.day, m.id, s.name FROM ideaChange c
        JOIN meeting m ON m.id = c.meetingId JOIN stakeholder s ON s.id = m.stakeholderId
        """

    init(columns row: some ColumnRow) throws {
        self.init(id: try row.decode(atIndex: 0), text: try row.decode(atIndex: 1), day: try row.decode(atIndex: 2),
                  meetingId: try row.decode(atIndex: 3), stakeholder: try row.decode(atIndex: 4))
    }
}
