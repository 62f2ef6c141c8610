extension MeetingRepository {
    /// Inserts a meeting with its notes, quotes and next steps, as given; returns its id.
    func insertMeeting(_ entry: MeetingEntry, campaign: Int64, stakeholder: Int64) throws -> Int64 {
        var meeting = Meeting(campaignId: campaign, stakeholderId: stakeholder, day: entry.day, channel: entry.channel,
                              stanceBefore: entry.stanceBefore, stanceAfter: entry.stanceAfter,
                              summary: entry.summary.trimmed, outcome: entry.outcome.trimmed)
        try insert(&meeting)
        let id = try meeting.storedID()
        for text in entry.notes { try insertNote(meeting: id, text: text.trimmed) }
        for (text, shareable) in entry.privateQuotes.map({ ($0, false) }) + entry.sharedQuotes.map({ ($0, true) }) {
            var quote = MeetingQuote(meetingId: id, text: text.trimmed, isShareable: shareable)
            try insert(&quote)
        }
        for next in entry.nextSteps {
            var followUp = FollowUp(campaignId: campaign, meetingId: id, text: next.trimmed, due: entry.nextStepDue)
            try insert(&followUp)
        }
        for text in entry.ideaChanges {
            var change = IdeaChange(meetingId: id, text: text.trimmed)
            try insert(&change)
        }
        return id
    }

    /// One meeting with everything recorded about it; within a campaign when one is given.
    func meetingRecord(_ id: Int64, campaign: Int64?) throws -> MeetingRecord {
        guard let summary = try meetingSummary(id: id, campaign: campaign) else { throw BuyInError.unknownRecord(kind: .meeting, id: id) }
        return MeetingRecord(meeting: summary, notes: try notes(meeting: id), quotes: try quotes(meeting: id), followUps: try followUps(meeting: id),
                             ideaChanges: try ideaChanges(meeting: id).map(\.text))
    }
}

extension RecordStore {
    /// Records a 1:1 with its notes, quotes and next step, in one transaction.
    /// `stanceBefore` defaults to the stakeholder's current stance in the campaign.
    public func logMeeting(_ entry: MeetingEntry, in ref: CampaignRef) throws -> MeetingRecord {
        try checkTexts(notes: entry.notes, quotes: entry.privateQuotes + entry.sharedQuotes, nextSteps: entry.nextSteps, due: entry.nextStepDue,
                       ideaChanges: entry.ideaChanges)
        return try write { records in
            let campaign = try records.campaignID(ref)
            let person = try records.stakeholder(entry.stakeholder).storedID()
            try records.map(campaign: campaign, stakeholder: person)
            var entry = entry
            entry.stanceBefore = try entry.stanceBefore ?? records.currentStance(campaign: campaign, stakeholder: person)
            let id = try records.insertMeeting(entry, campaign: campaign, stakeholder: person)
            return try records.meetingRecord(id, campaign: nil)
        }
    }

    /// Changes a recorded meeting as asked, in one transaction, and returns it as it now is.
    public func editMeeting(_ id: Int64, _ change: MeetingChange, in ref: CampaignRef) throws -> MeetingRecord {
        try checkTexts(notes: change.notes.items, quotes: change.privateQuotes.items + change.sharedQuotes.items,
                       nextSteps: change.nextSteps, due: change.nextStepDue, ideaChanges: change.ideaChanges.items)
        return try write { records in
            let campaign = try records.campaignID(ref)
            guard var meeting = try records.meeting(id: id, campaign: campaign) else { throw BuyInError.unknownRecord(kind: .meeting, id: id) }
            if let name = change.stakeholder {
                meeting.stakeholderId = try records.stakeholder(name).storedID()
                try records.map(campaign: campaign, stakeholder: meeting.stakeholderId)
            }
            meeting.day = change.day ?? meeting.day
            meeting.channel = change.channel ?? meeting.channel
            meeting.stanceBefore = change.stanceBefore ?? meeting.stanceBefore
            meeting.stanceAfter = change.stanceAfter ?? meeting.stanceAfter
            meeting.summary = change.summary?.trimmed ?? meeting.summary
            meeting.outcome = change.outcome?.trimmed ?? meeting.outcome
            try records.update(meeting)
            if case .replace = change.notes { try records.deleteNotes(meeting: id) }
            for text in change.notes.items { try records.insertNote(meeting: id, text: text.trimmed) }
            for (edit, shareable) in [(change.privateQuotes, false), (change.sharedQuotes, true)] {
                var items = edit.items
                if case .replace = edit {
                    try records.deleteQuotes(meeting: id, shareable: shareable)
                    // The list replaces this member's quotes only: another member's, shown in the
                    // form, stay as they are, and are not written again as this member's.
                    for text in try records.othersQuotes(meeting: id, shareable: shareable) {
                        if let index = items.firstIndex(where: { $0.trimmed == text }) { items.remove(at: index) }
                    }
                }
                for text in items {
                    var quote = MeetingQuote(meetingId: id, text: text.trimmed, isShareable: shareable)
                    try records.insert(&quote)
                }
            }
            for next in change.nextSteps {
                var followUp = FollowUp(campaignId: campaign, meetingId: id, text: next.trimmed, due: change.nextStepDue)
                try records.insert(&followUp)
            }
            if case .replace = change.ideaChanges { try records.deleteIdeaChanges(meeting: id) }
            for text in change.ideaChanges.items {
                var row = IdeaChange(meetingId: id, text: text.trimmed)
                try records.insert(&row)
            }
            return try records.meetingRecord(id, campaign: nil)
        }
    }

    /// The meetings of a campaign, oldest first, without anything private; with one person only,
    /// or between two days (both included), when asked.
    public func meetings(in ref: CampaignRef, stakeholder query: String? = nil, since: Day? = nil, until: Day? = nil) throws -> [MeetingSummary] {
        try read { records in
            let campaign = try records.campaignID(ref)
            let meetings = try records.meetingSummaries(campaign: campaign, stakeholder: query.map { try records.stakeholder($0).storedID() })
            guard since != nil || until != nil else { return meetings }
            return meetings.filter { meeting in since.map { meeting.day >= $0 } ?? true && until.map { meeting.day <= $0 } ?? true }
        }
    }

    /// The changes to the idea suggested in a campaign's 1:1s, oldest first, with who suggested them.
    public func ideaChanges(in ref: CampaignRef) throws -> [IdeaChangeView] {
        try read { records in try records.ideaChanges(campaign: records.campaignID(ref)) }
    }

    /// One meeting with everything recorded about it, private notes included, whatever its campaign.
    public func meeting(_ id: Int64) throws -> MeetingRecord {
        try read { records in try records.meetingRecord(id, campaign: nil) }
    }

    /// Next steps not yet done, by due date (undated last): overdue ones come first.
    public func openFollowUps(in ref: CampaignRef) throws -> [FollowUpView] {
        try read { records in try records.openFollowUps(campaign: records.campaignID(ref)) }
    }

    /// Marks a next step done.
    public func completeFollowUp(_ id: Int64, in ref: CampaignRef, today: Day) throws -> FollowUp {
        try write { records in
            guard var followUp = try records.followUp(id: id, campaign: records.campaignID(ref)) else {
                throw BuyInError.unknownRecord(kind: .followUp, id: id)
            }
            followUp.doneOn = followUp.doneOn ?? today
            try records.update(followUp)
            return followUp
        }
    }
}

/// Refuses, before anything is written, an empty note, quote or next step, and a due date
/// without a next step (alone it would be dropped without a word).
private func checkTexts(notes: [String], quotes: [String], nextSteps: [String], due: Day?, ideaChanges: [String]) throws {
    for text in notes where text.trimmed.isEmpty { throw BuyInError.emptyText(field: "note") }
    for text in ideaChanges where text.trimmed.isEmpty { throw BuyInError.emptyText(field: "ideaChange") }
    for text in quotes where text.trimmed.isEmpty { throw BuyInError.emptyText(field: "quote") }
    for next in nextSteps where next.trimmed.isEmpty { throw BuyInError.emptyText(field: "next") }
    if due != nil && nextSteps.isEmpty { throw BuyInError.missingValue(field: "next") }
}
