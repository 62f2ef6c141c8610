extension RecordStore {
    /// The campaign's dated next steps, decision and reviews, read in one snapshot.
    public func calendarEvents(of ref: CampaignRef, today: Day, _ l: Localizer) throws -> [CalendarExport.Event] {
        try read { records in
            let campaign = try records.campaign(ref)
            return try Self.calendarEvents(of: campaign, records, today: today, l)
        }
    }

    /// The events of every campaign not archived, in one file and one snapshot: each keeps the
    /// UIDs it has in its own file, so either import updates the same events.
    public func calendarEventsOfActiveCampaigns(today: Day, _ l: Localizer) throws -> [CalendarExport.Event] {
        try read { records in
            var events: [CalendarExport.Event] = []
            for summary in try records.campaignSummaries() where summary.archivedOn == nil {
                guard let campaign = try records.campaign(slug: summary.slug) else { continue }
                events += try Self.calendarEvents(of: campaign, records, today: today, l)
            }
            return events.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
        }
    }

    private static func calendarEvents(of campaign: Campaign, _ records: any Records, today: Day, _ l: Localizer) throws -> [CalendarExport.Event] {
        let id = try campaign.storedID()
        return CalendarExport.events(campaign: campaign, followUps: try records.openFollowUps(campaign: id), goals: try records.goals(campaign: id),
                                     today: today, decided: try records.latestDecision(campaign: id) != nil, l)
    }
}
