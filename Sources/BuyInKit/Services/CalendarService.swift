extension RecordStore {
    /// The campaign's dated next steps, decision and reviews, read in one snapshot.
    public func calendarEvents(of ref: CampaignRef, _ l: Localizer) throws -> [CalendarExport.Event] {
        try read { records in
            let campaign = try records.campaign(ref)
            return CalendarExport.events(campaign: campaign, followUps: try records.openFollowUps(campaign: campaign.storedID()),
                                         goals: try records.goals(campaign: campaign.storedID()), l)
        }
    }
}
