extension RecordStore {
    /// The campaign's dated next steps, decision and reviews, read in one snapshot.
    public func calendarEvents(of ref: CampaignRef, _ l: Localizer) throws -> [CalendarExport.Event] {
        try read { records in
            let campaign = try records.campaign(ref)
            return try Self.calendarEvents(of: campaign, records, l)
        }
    }

    /// The events of every campaign not archived, in one file and one snapshot: each keeps the
    /// UIDs it has in its own file, so either import updates the same events.
    public func calendarEventsOfActiveCampaigns(_ l: Localizer) throws -> [CalendarExport.Event] {
        try read { records in
            var events: [CalendarExport.Event] = []
            for summary in try records.campaignSummaries() where summary.archivedOn == nil {
                guard let campaign = try records.campaign(slug: summary.slug) else { continue }
                events += try Self.calendarEvents(of: campaign, records, l)
            }
            return events.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
        }
    }

    private static func calendarEvents(of campaign: Campaign, _ records: any Records, _ l: Localizer) throws -> [CalendarExport.Event] {
        CalendarExport.events(campaign: campaign, followUps: try records.openFollowUps(campaign: campaign.storedID()),
                              goals: try records.goals(campaign: campaign.storedID()), l)
    }
}
