extension RecordStore {
    /// What looks like a slip in a meeting just logged or edited: a date in the future or past
    /// the decide-by date, a next step due before the meeting, the person met twice that day.
    public func warnings(for record: MeetingRecord, in ref: CampaignRef, today: Day) throws -> [RecordWarning] {
        let meeting = record.meeting
        var warnings: [RecordWarning] = []
        if meeting.day > today { warnings.append(.meetingInFuture(id: meeting.id, day: meeting.day)) }
        for followUp in record.followUps {
            if let due = followUp.due, due < meeting.day {
                warnings.append(.dueBeforeMeeting(id: meeting.id, due: due, meetingDay: meeting.day))
                break
            }
        }
        return try read { records in
            let campaign = try records.campaign(ref)
            if let decideBy = campaign.decideBy, meeting.day > decideBy {
                warnings.append(.meetingAfterDecideBy(id: meeting.id, day: meeting.day, decideBy: decideBy))
            }
            if try records.meetingCount(campaign: campaign.storedID(), stakeholder: meeting.stakeholderId, day: meeting.day) > 1 { warnings.append(.metTwiceSameDay(name: meeting.stakeholder, day: meeting.day)) }
            return warnings
        }
    }

    /// An objection put down against one person but tied to a meeting with another.
    public func warnings(for objection: ObjectionView, in ref: CampaignRef) throws -> [RecordWarning] {
        guard let meetingId = objection.meetingId, let raisedBy = objection.stakeholder else { return [] }
        return try read { records in
            guard let meeting = try records.meetingSummary(id: meetingId, campaign: nil),
                  meeting.stakeholderId != objection.stakeholderId else { return [] }
            return [.objectionFromOtherPerson(id: objection.id, raisedBy: raisedBy, meetingId: meetingId, met: meeting.stakeholder)]
        }
    }
}
