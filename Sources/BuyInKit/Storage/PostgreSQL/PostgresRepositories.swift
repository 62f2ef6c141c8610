#if TeamStore
import GRDB

extension PostgresRecords: CampaignRepository {
    func campaign(slug: String) throws -> Campaign? { try one(Campaign.self, "SELECT * FROM campaign WHERE slug = ?", [slug]) }

    func campaign(id: Int64) throws -> Campaign? { try one(Campaign.self, "SELECT * FROM campaign WHERE id = ?", [id]) }

    /// Each member has a current campaign of their own: the setting's policy shows only theirs.
    func currentCampaign() throws -> Campaign? {
        try one(Campaign.self, "SELECT campaign.* FROM setting JOIN campaign ON campaign.slug = setting.value WHERE setting.key = ?",
                [SQLiteRecords.currentCampaignKey])
    }

    func latestCampaign() throws -> Campaign? { try one(Campaign.self, "SELECT * FROM campaign ORDER BY id DESC LIMIT 1") }

    func isSlugTaken(_ slug: String) throws -> Bool {
        try value(Bool.self, "SELECT EXISTS (SELECT 1 FROM campaign WHERE slug = ?)", [slug]) ?? false
    }

    func insert(_ campaign: inout Campaign) throws { campaign.id = try insertRecord(campaign) }

    func update(_ campaign: Campaign) throws { try updateRecord(campaign, id: campaign.id) }

    func makeCurrent(slug: String) throws {
        try execute("INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT (createdBy, key) DO UPDATE SET value = excluded.value",
                    [SQLiteRecords.currentCampaignKey, slug])
    }

    func campaignSummaries() throws -> [CampaignSummary] {
        try rows(CampaignSummary.selection + " ORDER BY campaign.id") { r in
            CampaignSummary(slug: try r.decode(atIndex: 0), title: try r.decode(atIndex: 1), createdOn: try r.decode(atIndex: 2),
                            decideBy: try r.decode(atIndex: 3), isCurrent: false, decision: try r.decode(atIndex: 4),
                            archivedOn: try r.decode(atIndex: 5))
        }
    }

    func insert(_ goal: inout Goal) throws { goal.id = try insertRecord(goal) }

    func goal(id: Int64, campaign: Int64) throws -> Goal? {
        try one(Goal.self, "SELECT * FROM goal WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ goal: Goal) throws { try updateRecord(goal, id: goal.id) }

    func goals(campaign: Int64) throws -> [Goal] { try all(Goal.self, "SELECT * FROM goal WHERE campaignId = ? ORDER BY id", [campaign]) }

    func counts(campaign: Int64, today: Day) throws -> CampaignCounts {
        let counts = try rows(CampaignCounts.selection, [campaign, today]) { r in
            CampaignCounts(goals: try r.decode(atIndex: 0), meetings: try r.decode(atIndex: 1), objections: try r.decode(atIndex: 2),
                           openObjections: try r.decode(atIndex: 3), oldestOpenObjection: try r.decode(atIndex: 4),
                           wins: try r.decode(atIndex: 5), openFollowUps: try r.decode(atIndex: 6), overdueFollowUps: try r.decode(atIndex: 7))
        }
        return counts[0]
    }

    func deleteCampaign(id: Int64) throws {
        try deleteOwnPrivateRows(ofMeetingsWhere: "campaignId = ?", [id])
        try execute("DELETE FROM campaign WHERE id = ?", [id])
    }

    func delete(_ kind: BuyInError.RecordKind, id: Int64, campaign: Int64) throws -> Bool {
        if kind == .meeting { try deleteOwnPrivateRows(ofMeetingsWhere: "id = ? AND campaignId = ?", [id, campaign]) }
        return try execute("DELETE FROM \(kind.rawValue) WHERE id = ? AND campaignId = ?", [id, campaign]) > 0
    }

    /// Team store only: this member's own notes and quotes of the meetings about to go, which
    /// the schema keeps from going by cascade (`PostgresSchema.privateRows`). Another member's,
    /// which the policies hide from this DELETE, stay, and the server then refuses the meeting's
    /// deletion: nobody deletes what they cannot see.
    func deleteOwnPrivateRows(ofMeetingsWhere condition: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
        try execute("DELETE FROM meetingNote WHERE meetingId IN (SELECT id FROM meeting WHERE \(condition))", arguments)
        try execute("DELETE FROM meetingQuote WHERE meetingId IN (SELECT id FROM meeting WHERE \(condition))", arguments)
    }
}

extension PostgresRecords: StakeholderRepository {
    func stakeholder(id: Int64) throws -> Stakeholder? { try one(Stakeholder.self, "SELECT * FROM stakeholder WHERE id = ?", [id]) }

    func stakeholder(foldedName: String) throws -> Stakeholder? {
        try one(Stakeholder.self, "SELECT * FROM stakeholder WHERE foldedName = ?", [foldedName])
    }

    func stakeholders(matching match: NameMatch, _ folded: String, limit: Int) throws -> [Stakeholder] {
        let (condition, pattern) = SQLiteRecords.nameCondition(match, folded)
        return try all(Stakeholder.self, "SELECT * FROM stakeholder WHERE \(condition) ORDER BY name LIMIT ?", [pattern, limit])
    }

    func isNameTaken(_ foldedName: String, except id: Int64?) throws -> Bool {
        try value(Bool.self, "SELECT EXISTS (SELECT 1 FROM stakeholder WHERE foldedName = ? AND id IS DISTINCT FROM ?)", [foldedName, id]) ?? false
    }

    func insert(_ person: inout Stakeholder) throws { person.id = try insertRecord(person) }

    func update(_ person: Stakeholder) throws { try updateRecord(person, id: person.id) }

    func allStakeholders() throws -> [Stakeholder] { try all(Stakeholder.self, "SELECT * FROM stakeholder ORDER BY foldedName") }

    func mapping(campaign: Int64, stakeholder: Int64) throws -> CampaignStakeholder? {
        try one(CampaignStakeholder.self, "SELECT * FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?", [campaign, stakeholder])
    }

    func save(_ mapping: CampaignStakeholder) throws {
        try execute("""
            INSERT INTO campaignStakeholder(campaignId, stakeholderId, targetStance, initialStance) VALUES (?, ?, ?, ?)
            ON CONFLICT (campaignId, stakeholderId) DO UPDATE SET targetStance = excluded.targetStance, initialStance = excluded.initialStance
            """, [mapping.campaignId, mapping.stakeholderId, mapping.targetStance, mapping.initialStance])
    }

    func mappedStakeholders(campaign: Int64) throws -> [MappedStakeholder] {
        try rows(MappedStakeholder.selection + " WHERE cs.campaignId = ? ORDER BY s.influence DESC, s.interest DESC, s.foldedName", [campaign]) { r in
            MappedStakeholder(id: try r.decode(atIndex: 0), name: try r.decode(atIndex: 1), role: try r.decode(atIndex: 2),
                              department: try r.decode(atIndex: 3), email: try r.decode(atIndex: 4),
                              influence: try r.decode(atIndex: 5), interest: try r.decode(atIndex: 6),
                              targetStance: try r.decode(atIndex: 7), initialStance: try r.decode(atIndex: 8),
                              meetingCount: try r.decode(atIndex: 9), lastMet: try r.decode(atIndex: 10),
                              firstMeetingStance: try r.decode(atIndex: 11), latestStanceAfter: try r.decode(atIndex: 12))
        }
    }

    func latestStanceAfter(campaign: Int64, stakeholder: Int64) throws -> Stance? {
        try value(Stance?.self, SQLiteRecords.latestStanceAfterSQL, [stakeholder, campaign]) ?? nil
    }

    func mappings(stakeholder: Int64) throws -> [CampaignStakeholder] {
        try all(CampaignStakeholder.self, "SELECT * FROM campaignStakeholder WHERE stakeholderId = ? ORDER BY campaignId", [stakeholder])
    }

    func deleteMapping(campaign: Int64, stakeholder: Int64) throws {
        try execute("DELETE FROM campaignStakeholder WHERE campaignId = ? AND stakeholderId = ?", [campaign, stakeholder])
    }

    func timeline(stakeholder: Int64) throws -> [TimelineEvent] {
        try rows(TimelineEvent.selection, [stakeholder]) { r in
            TimelineEvent(campaignId: try r.decode(atIndex: 0), kind: TimelineEvent.Kind(rawValue: try r.decode(atIndex: 1)) ?? .meeting,
                          id: try r.decode(atIndex: 2), day: try r.decode(atIndex: 3), text: try r.decode(atIndex: 4),
                          outcome: try r.decode(atIndex: 5), stanceBefore: try r.decode(atIndex: 6), stanceAfter: try r.decode(atIndex: 7),
                          objectionStatus: try r.decode(atIndex: 8), due: try r.decode(atIndex: 9))
        }
    }

    func meetingCount(stakeholder: Int64) throws -> Int {
        try value(Int.self, "SELECT count(*) FROM meeting WHERE stakeholderId = ?", [stakeholder]) ?? 0
    }

    func reassignRecords(from: Int64, to: Int64) throws {
        try execute("UPDATE meeting SET stakeholderId = ? WHERE stakeholderId = ?", [to, from])
        try execute("UPDATE objection SET stakeholderId = ? WHERE stakeholderId = ?", [to, from])
        try execute("""
            INSERT INTO winStakeholder(winId, stakeholderId) SELECT winId, ? FROM winStakeholder WHERE stakeholderId = ?
            ON CONFLICT DO NOTHING
            """, [to, from])
        try execute("DELETE FROM winStakeholder WHERE stakeholderId = ?", [from])
    }

    func deleteStakeholder(id: Int64) throws {
        try deleteOwnPrivateRows(ofMeetingsWhere: "stakeholderId = ?", [id])
        try execute("DELETE FROM meeting WHERE stakeholderId = ?", [id])
        try execute("DELETE FROM stakeholder WHERE id = ?", [id])
    }
}

extension PostgresRecords: MeetingRepository {
    func insert(_ meeting: inout Meeting) throws { meeting.id = try insertRecord(meeting) }

    func meeting(id: Int64, campaign: Int64) throws -> Meeting? {
        try one(Meeting.self, "SELECT * FROM meeting WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ meeting: Meeting) throws { try updateRecord(meeting, id: meeting.id) }

    /// Only the notes this member wrote are theirs to delete: the policy hides the others'.
    func deleteNotes(meeting: Int64) throws { try execute("DELETE FROM meetingNote WHERE meetingId = ?", [meeting]) }

    func deleteQuotes(meeting: Int64, shareable: Bool) throws {
        try execute("DELETE FROM meetingQuote WHERE meetingId = ? AND isShareable = ?", [meeting, shareable])
    }

    /// The policies let a member delete only their own quotes: the others' stay whatever an edit asks.
    func othersQuotes(meeting: Int64, shareable: Bool) throws -> [String] {
        try rows("SELECT text FROM meetingQuote WHERE meetingId = ? AND isShareable = ? AND createdBy <> current_user ORDER BY id",
                 [meeting, shareable]) { try $0.decode(String.self, atIndex: 0) }
    }

    func insertNote(meeting: Int64, text: String) throws {
        try execute("INSERT INTO meetingNote(meetingId, text) VALUES (?, ?)", [meeting, text])
    }

    func insert(_ quote: inout MeetingQuote) throws { quote.id = try insertRecord(quote) }

    func insert(_ followUp: inout FollowUp) throws { followUp.id = try insertRecord(followUp) }

    func meetingSummaries(campaign: Int64, stakeholder: Int64?) throws -> [MeetingSummary] {
        if let stakeholder {
            return try rows(MeetingSummary.selection + " WHERE m.campaignId = ? AND m.stakeholderId = ? ORDER BY m.day, m.id",
                            [campaign, stakeholder], MeetingSummary.init(postgres:))
        }
        return try rows(MeetingSummary.selection + " WHERE m.campaignId = ? ORDER BY m.day, m.id", [campaign], MeetingSummary.init(postgres:))
    }

    func meetingCount(campaign: Int64, stakeholder: Int64, day: Day) throws -> Int {
        try value(Int.self, "SELECT count(*) FROM meeting WHERE stakeholderId = ? AND campaignId = ? AND day = ?", [stakeholder, campaign, day]) ?? 0
    }

    func meetingSummary(id: Int64, campaign: Int64?) throws -> MeetingSummary? {
        if let campaign {
            return try rows(MeetingSummary.selection + " WHERE m.id = ? AND m.campaignId = ?", [id, campaign], MeetingSummary.init(postgres:)).first
        }
        return try rows(MeetingSummary.selection + " WHERE m.id = ?", [id], MeetingSummary.init(postgres:)).first
    }

    func notes(meeting: Int64) throws -> [String] {
        try rows("SELECT text FROM meetingNote WHERE meetingId = ? ORDER BY id", [meeting]) { try $0.decode(String.self, atIndex: 0) }
    }

    func quotes(meeting: Int64) throws -> [MeetingQuote] {
        try all(MeetingQuote.self, "SELECT * FROM meetingQuote WHERE meetingId = ? ORDER BY id", [meeting])
    }

    func followUps(meeting: Int64) throws -> [FollowUp] {
        try all(FollowUp.self, "SELECT * FROM followUp WHERE meetingId = ? ORDER BY id", [meeting])
    }

    func openFollowUps(campaign: Int64) throws -> [FollowUpView] {
        try rows(FollowUpView.selection + " WHERE f.campaignId = ? AND f.doneOn IS NULL ORDER BY f.due IS NULL, f.due, f.id", [campaign]) { r in
            FollowUpView(id: try r.decode(atIndex: 0), text: try r.decode(atIndex: 1), due: try r.decode(atIndex: 2),
                         meetingId: try r.decode(atIndex: 3), stakeholder: try r.decode(atIndex: 4))
        }
    }

    func followUp(id: Int64, campaign: Int64) throws -> FollowUp? {
        try one(FollowUp.self, "SELECT * FROM followUp WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ followUp: FollowUp) throws { try updateRecord(followUp, id: followUp.id) }

    func shareableQuotes(campaign: Int64) throws -> [Briefing.Quote] {
        try rows(Briefing.Quote.selection + " WHERE m.campaignId = ? AND q.isShareable ORDER BY m.day, m.id, q.id", [campaign]) { r in
            Briefing.Quote(text: try r.decode(atIndex: 0), stakeholder: try r.decode(atIndex: 1), day: try r.decode(atIndex: 2))
        }
    }
}

extension MeetingSummary {
    init(postgres r: PostgresRow) throws {
        self.init(id: try r.decode(atIndex: 0), day: try r.decode(atIndex: 1), stakeholderId: try r.decode(atIndex: 2),
                  stakeholder: try r.decode(atIndex: 3), channel: try r.decode(atIndex: 4),
                  stanceBefore: try r.decode(atIndex: 5), stanceAfter: try r.decode(atIndex: 6),
                  summary: try r.decode(atIndex: 7), outcome: try r.decode(atIndex: 8))
    }
}

extension ObjectionView {
    init(postgres r: PostgresRow) throws {
        self.init(id: try r.decode(atIndex: 0), text: try r.decode(atIndex: 1), concern: try r.decode(atIndex: 2),
                  category: try r.decode(atIndex: 3), response: try r.decode(atIndex: 4), isConfirmed: try r.decode(atIndex: 5),
                  status: try r.decode(atIndex: 6), raisedOn: try r.decode(atIndex: 7), stakeholderId: try r.decode(atIndex: 8),
                  stakeholder: try r.decode(atIndex: 9), meetingId: try r.decode(atIndex: 10))
    }
}

extension PostgresRecords: ObjectionRepository {
    func insert(_ objection: inout Objection) throws { objection.id = try insertRecord(objection) }

    func objection(id: Int64, campaign: Int64) throws -> Objection? {
        try one(Objection.self, "SELECT * FROM objection WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ objection: Objection) throws { try updateRecord(objection, id: objection.id) }

    func objectionView(id: Int64, campaign: Int64) throws -> ObjectionView? {
        try rows(ObjectionView.selection + " WHERE o.id = ? AND o.campaignId = ?", [id, campaign], ObjectionView.init(postgres:)).first
    }

    func objectionViews(campaign: Int64, order: ObjectionOrder) throws -> [ObjectionView] {
        try rows(ObjectionView.selection + SQLiteRecords.objectionFilter(order), [campaign], ObjectionView.init(postgres:))
    }
}

extension PostgresRecords: WinRepository {
    func insert(_ win: inout Win) throws { win.id = try insertRecord(win) }

    func link(win: Int64, stakeholder: Int64) throws {
        try execute("INSERT INTO winStakeholder(winId, stakeholderId) VALUES (?, ?) ON CONFLICT DO NOTHING", [win, stakeholder])
    }

    func win(id: Int64, campaign: Int64) throws -> Win? { try one(Win.self, "SELECT * FROM win WHERE id = ? AND campaignId = ?", [id, campaign]) }

    func update(_ win: Win) throws { try updateRecord(win, id: win.id) }

    func unlinkPeople(win: Int64) throws { try execute("DELETE FROM winStakeholder WHERE winId = ?", [win]) }

    func wins(campaign: Int64, only id: Int64?) throws -> [WinView] {
        let wins = id == nil
            ? try all(Win.self, "SELECT * FROM win WHERE campaignId = ? ORDER BY day, id", [campaign])
            : try all(Win.self, "SELECT * FROM win WHERE campaignId = ? AND id = ?", [campaign, id])
        var people: [Int64: [String]] = [:]
        for (win, name) in try rows(SQLiteRecords.winPeopleSQL, [campaign], { (try $0.decode(Int64.self, atIndex: 0), try $0.decode(String.self, atIndex: 1)) }) {
            people[win, default: []].append(name)
        }
        return wins.map { WinView(id: $0.id!, day: $0.day, text: $0.text, kind: $0.kind, people: people[$0.id!] ?? []) }
    }

    func insert(_ metric: inout Metric) throws { metric.id = try insertRecord(metric) }

    func metric(id: Int64, campaign: Int64) throws -> Metric? {
        try one(Metric.self, "SELECT * FROM metric WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ metric: Metric) throws { try updateRecord(metric, id: metric.id) }

    func metrics(campaign: Int64) throws -> [Metric] { try all(Metric.self, "SELECT * FROM metric WHERE campaignId = ? ORDER BY id", [campaign]) }
}

extension PostgresRecords: OptionRepository {
    func insert(_ option: inout DecisionOption) throws { option.id = try insertRecord(option) }

    func option(id: Int64, campaign: Int64) throws -> DecisionOption? {
        try one(DecisionOption.self, "SELECT * FROM decisionOption WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ option: DecisionOption) throws { try updateRecord(option, id: option.id) }

    func options(campaign: Int64) throws -> [DecisionOption] {
        try all(DecisionOption.self, "SELECT * FROM decisionOption WHERE campaignId = ? ORDER BY id", [campaign])
    }

    func unrecommendOptions(campaign: Int64, except id: Int64) throws {
        try execute("UPDATE decisionOption SET isRecommended = false WHERE campaignId = ? AND id <> ? AND isRecommended", [campaign, id])
    }
}

extension PostgresRecords: DecisionRepository {
    func insert(_ decision: inout Decision) throws { decision.id = try insertRecord(decision) }

    func decisions(campaign: Int64) throws -> [Decision] {
        try all(Decision.self, "SELECT * FROM decision WHERE campaignId = ? ORDER BY id", [campaign])
    }

    func latestDecision(campaign: Int64) throws -> Decision? {
        try one(Decision.self, "SELECT * FROM decision WHERE campaignId = ? ORDER BY id DESC LIMIT 1", [campaign])
    }
}

extension PostgresRecords: SearchRepository {
    /// Letters with accents, both cases (a server whose LC_CTYPE is C lowers ASCII only), and
    /// what they fold to: « réticence » is found by "reticence", as SQLite's tokenizer finds it.
    static let accented = "àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆĉĈċĊčČďĎđĐèÈéÉêÊëËēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦìÌíÍîÎïÏĩĨīĪĭĬįĮıĵĴķĶĺĹļĻľĽŀĿłŁñÑńŃņŅňŇòÒóÓôÔõÕöÖøØōŌŏŎőŐŕŔŗŖřŘśŚŝŜşŞšŠţŢťŤŧŦùÙúÚûÛüÜũŨūŪŭŬůŮűŰųŲŵŴýÝÿŸŷŶźŹżŻžŽ"
    static let plain = "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz"

    /// The SQL that folds `expression` for comparison: lower case, ligatures spelled out
    /// (œ → oe, æ → ae, ß → ss), accents removed. Both sides of a search go through it, so a
    /// query with or without accents or ligatures finds text written either way. The team
    /// store's own, since SQLite's index folds with its tokenizer; no extension is needed
    /// (`unaccent` would need one on the server).
    static func folded(_ expression: String) -> String {
        var sql = "lower(\(expression))"
        for (ligature, spelled) in [("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss")] {
            sql = "replace(\(sql), '\(ligature)', '\(spelled)')"
        }
        return "translate(\(sql), '\(accented)', '\(plain)')"
    }

    /// Every word of the query found in the text, folded alike (`folded`); newest first.
    /// SQLite ranks by its full-text index; the team store reads the tables themselves.
    func search(_ query: SearchQuery, kinds: [SearchHit.Kind], campaign: Int64?, limit: Int) throws -> [SearchHit] {
        var arguments: [(any DatabaseValueConvertible)?] = []
        var conditions: [String] = ["found.kind IN (\(kinds.map { String($0.rawValue) }.joined(separator: ", ")))"]
        for word in query.words {
            conditions.append("\(Self.folded("found.text")) LIKE '%' || \(Self.folded("?")) || '%'")
            arguments.append(SQLiteRecords.likePattern(word))
        }
        if let campaign {
            conditions.append("found.campaignId = ?")
            arguments.append(campaign)
        }
        arguments.append(limit)
        return try rows("""
            WITH found AS (
                SELECT 1 AS kind, m.id, m.campaignId, m.day, m.stakeholderId, m.summary || chr(10) || m.outcome AS text FROM meeting m
                UNION ALL
                SELECT 2, o.id, o.campaignId, o.raisedOn, o.stakeholderId, o.text || chr(10) || o.concern || chr(10) || o.response FROM objection o
                UNION ALL
                SELECT 3, w.id, w.campaignId, w.day, NULL, w.text FROM win w
                UNION ALL
                SELECT 4, x.id, x.campaignId, x.day, NULL, x.label || chr(10) || x.source FROM metric x
                UNION ALL
                SELECT 5, m.id, m.campaignId, m.day, m.stakeholderId, n.text FROM meetingNote n JOIN meeting m ON m.id = n.meetingId
                UNION ALL
                SELECT 6, m.id, m.campaignId, m.day, m.stakeholderId, q.text FROM meetingQuote q JOIN meeting m ON m.id = q.meetingId
            )
            SELECT found.kind, found.id, c.slug, c.title, found.day, s.name, found.text
            FROM found JOIN campaign c ON c.id = found.campaignId LEFT JOIN stakeholder s ON s.id = found.stakeholderId
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY found.day DESC, found.id DESC LIMIT ?
            """, arguments) { r in
            SearchHit(kind: SearchHit.Kind(rawValue: try r.decode(atIndex: 0)) ?? .meeting, id: try r.decode(atIndex: 1),
                      campaignSlug: try r.decode(atIndex: 2), campaignTitle: try r.decode(atIndex: 3), day: try r.decode(atIndex: 4),
                      stakeholder: try r.decode(atIndex: 5), text: try r.decode(atIndex: 6))
        }
    }
}

extension PostgresRecords: TransferRepository {
    /// Row-level security filters these as it does every query: another member's private
    /// notes and quotes are not there to be read.
    func everyRow<Record: FetchableRecord & TableRecord>(_ type: Record.Type, orderedBy columns: String) throws -> [Record] {
        try all(Record.self, "SELECT * FROM \(Record.databaseTableName) ORDER BY \(columns)")
    }

    /// The team store searches the tables themselves: there is nothing to bring up to date.
    func addingInBulk<T>(_ work: () throws -> T) throws -> T { try work() }
}
#endif
