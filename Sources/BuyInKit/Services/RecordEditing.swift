/// Putting right a goal, an objection, a win, a metric or an option, each in one transaction: the fields
/// given replace the recorded ones, and a record left without its text is refused.
extension RecordStore {
    public func editGoal(_ id: Int64, in ref: CampaignRef, _ change: (inout Goal) -> Void) throws -> Goal {
        try edit(.goal, id, in: ref, text: \.text, field: "goal", fetch: { try $0.goal(id: id, campaign: $1) },
                 save: { try $0.update($1) }, change)
    }

    public func editMetric(_ id: Int64, in ref: CampaignRef, _ change: (inout Metric) -> Void) throws -> Metric {
        try edit(.metric, id, in: ref, text: \.label, field: "label", fetch: { try $0.metric(id: id, campaign: $1) },
                 settle: { records, metric, _ in try CampaignCurrency.settle(&metric.unit, isCost: false, campaign: metric.campaignId, in: records) },
                 save: { try $0.update($1) }, change)
    }

    /// Marking an option recommended takes the mark off the others, in the same transaction.
    public func editOption(_ id: Int64, in ref: CampaignRef, _ change: (inout DecisionOption) -> Void) throws -> DecisionOption {
        try edit(.decisionOption, id, in: ref, text: \.text, field: "option", fetch: { try $0.option(id: id, campaign: $1) },
                 settle: { records, option, before in
                     // Only a cost typed now takes the campaign's currency: an old bare cost stays as it was recorded.
                     guard option.cost != nil, option.cost != before.cost || option.costUnit != before.costUnit else { return }
                     try CampaignCurrency.settle(&option.costUnit, isCost: true, campaign: option.campaignId, in: records)
                 },
                 save: { records, option in
                     try records.update(option)
                     if option.isRecommended { try records.unrecommendOptions(campaign: option.campaignId, except: id) }
                 }, change)
    }

    /// A record fetched in its campaign, changed, its text trimmed and required, saved.
    private func edit<Record>(_ kind: RecordKind, _ id: Int64, in ref: CampaignRef, text: WritableKeyPath<Record, String>,
                              field: String, fetch: (any Records, Int64) throws -> Record?,
                              settle: (any Records, inout Record, Record) throws -> Void = { _, _, _ in },
                              save: (any Records, Record) throws -> Void, _ change: (inout Record) -> Void) throws -> Record {
        try write { records in
            guard var record = try fetch(records, records.campaignID(ref)) else { throw BuyInError.unknownRecord(kind: kind, id: id) }
            let before = record
            change(&record)
            try settle(records, &record, before)
            record[keyPath: text] = record[keyPath: text].trimmed
            guard !record[keyPath: text].isEmpty else { throw BuyInError.emptyText(field: field) }
            try save(records, record)
            return record
        }
    }

    public func editWin(_ id: Int64, in ref: CampaignRef, _ change: WinChange) throws -> WinView {
        if let text = change.text, text.trimmed.isEmpty { throw BuyInError.emptyText(field: "win") }
        return try write { records in
            let campaign = try records.campaignID(ref)
            guard var win = try records.win(id: id, campaign: campaign) else { throw BuyInError.unknownRecord(kind: .win, id: id) }
            win.text = change.text?.trimmed ?? win.text
            win.day = change.day ?? win.day
            win.kind = change.kind ?? win.kind
            try records.update(win)
            if let people = change.people {
                try records.unlinkPeople(win: id)
                for name in people { try records.link(win: id, stakeholder: records.stakeholder(name).storedID()) }
            }
            return try records.wins(campaign: campaign, only: id).first!
        }
    }

    /// The status moves only through `objection answer|resolve|accept|reopen`; a response
    /// edited here is the answer's text put right.
    public func editObjection(_ id: Int64, in ref: CampaignRef, _ change: ObjectionChange) throws -> ObjectionView {
        if let text = change.text, text.trimmed.isEmpty { throw BuyInError.emptyText(field: "objection") }
        return try write { records in
            let campaign = try records.campaignID(ref)
            guard var objection = try records.objection(id: id, campaign: campaign) else { throw BuyInError.unknownRecord(kind: .objection, id: id) }
            if let name = change.stakeholder {
                objection.stakeholderId = try records.stakeholder(name).storedID()
                try records.map(campaign: campaign, stakeholder: objection.stakeholderId!)
            }
            if let meetingId = change.meetingId {
                _ = try records.meetingRecord(meetingId, campaign: campaign)
                objection.meetingId = meetingId
            }
            objection.text = change.text?.trimmed ?? objection.text
            objection.concern = change.concern?.trimmed ?? objection.concern
            objection.category = change.category ?? objection.category
            objection.response = change.response?.trimmed ?? objection.response
            objection.raisedOn = change.day ?? objection.raisedOn
            try records.update(objection)
            return try Self.view(records, id, campaign: campaign)
        }
    }
}
