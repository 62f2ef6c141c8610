extension RecordStore {
    public func addWin(text: String, day: Day, kind: WinKind, people: [String], in ref: CampaignRef) throws -> WinView {
        guard !text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "win") }
        return try write { records in
            let campaign = try records.campaignID(ref)
            var win = Win(campaignId: campaign, day: day, text: text.trimmed, kind: kind)
            try records.insert(&win)
            for name in people { try records.link(win: win.storedID(), stakeholder: records.stakeholder(name).storedID()) }
            return try records.wins(campaign: campaign, only: win.id).first!
        }
    }

    public func wins(in ref: CampaignRef) throws -> [WinView] {
        try read { records in try records.wins(campaign: records.campaignID(ref), only: nil) }
    }

    /// One win with its campaign, or the latest when no id is given; nil when the campaign has none.
    public func win(_ id: Int64?, in ref: CampaignRef) throws -> (campaign: Campaign, win: WinView)? {
        try read { records in
            let campaign = try records.campaign(ref)
            guard let id else { return try records.wins(campaign: campaign.storedID(), only: nil).last.map { (campaign, $0) } }
            guard let win = try records.wins(campaign: campaign.storedID(), only: id).first else { throw BuyInError.unknownRecord(kind: .win, id: id) }
            return (campaign, win)
        }
    }

    public func addMetric(_ entry: MetricEntry, in ref: CampaignRef) throws -> Metric {
        guard !entry.label.trimmed.isEmpty else { throw BuyInError.emptyText(field: "label") }
        return try write { records in
            var metric = Metric(campaignId: try records.campaignID(ref), entry)
            metric.label = metric.label.trimmed
            try CampaignCurrency.settle(&metric.unit, isCost: false, campaign: metric.campaignId, in: records)
            try records.insert(&metric)
            return metric
        }
    }

    public func metrics(in ref: CampaignRef) throws -> [Metric] {
        try read { records in try records.metrics(campaign: records.campaignID(ref)) }
    }
}
