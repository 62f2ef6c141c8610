extension RecordStore {
    public func addObjection(_ entry: ObjectionEntry, in ref: CampaignRef) throws -> ObjectionView {
        guard !entry.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "objection") }
        return try write { records in
            let campaign = try records.campaignID(ref)
            var stakeholderID: Int64?
            if let name = entry.stakeholder {
                stakeholderID = try records.stakeholder(name).id
                try records.map(campaign: campaign, stakeholder: stakeholderID!)
            }
            var raisedOn = entry.day
            if let meetingID = entry.meetingId {
                let meeting = try records.meetingRecord(meetingID, campaign: campaign)
                stakeholderID = stakeholderID ?? meeting.meeting.stakeholderId
                if !entry.dayIsTyped { raisedOn = meeting.meeting.day }
            }
            var objection = Objection(campaignId: campaign, stakeholderId: stakeholderID, meetingId: entry.meetingId,
                                      text: entry.text.trimmed, concern: entry.concern.trimmed, category: entry.category,
                                      response: "", isConfirmed: false, status: .open, raisedOn: raisedOn)
            try records.insert(&objection)
            return try Self.view(records, objection.storedID(), campaign: campaign)
        }
    }

    /// Moves an objection on. Answering an answered one replaces the response; the other moves
    /// refuse to "move" to where the objection already is.
    public func move(objection id: Int64, in ref: CampaignRef, _ move: ObjectionMove) throws -> ObjectionView {
        if case .answer(let response, _) = move, response.trimmed.isEmpty { throw BuyInError.emptyText(field: "response") }
        return try write { records in
            let campaign = try records.campaignID(ref)
            guard var objection = try records.objection(id: id, campaign: campaign) else {
                throw BuyInError.unknownRecord(kind: .objection, id: id)
            }
            switch move {
            case .answer(let response, let confirmed):
                objection.response = response.trimmed
                objection.isConfirmed = confirmed
            case .reopen, .resolve, .accept:
                guard objection.status != move.target else {
                    throw BuyInError.invalidTransition(kind: .objection, id: id, from: objection.status.rawValue, to: move.target.rawValue)
                }
                if case .reopen = move { objection.isConfirmed = false }
            }
            objection.status = move.target
            try records.update(objection)
            return try Self.view(records, id, campaign: campaign)
        }
    }

    static func view(_ records: any Records, _ id: Int64, campaign: Int64) throws -> ObjectionView {
        guard let view = try records.objectionView(id: id, campaign: campaign) else { throw BuyInError.unknownRecord(kind: .objection, id: id) }
        return view
    }

    /// The objections of a campaign, oldest first; `onlyOpen` keeps those still open, `from` those
    /// one person raised, `status` those where it says.
    public func objections(in ref: CampaignRef, onlyOpen: Bool = false, from query: String? = nil, status: ObjectionStatus? = nil) throws
        -> [ObjectionView] {
        try read { records in
            let all = try records.objectionViews(campaign: records.campaignID(ref), order: onlyOpen ? .openOnly : .raised)
            let person = try query.map { try records.stakeholder($0).storedID() }
            return all.filter { objection in
                person.map { objection.stakeholderId == $0 } ?? true && status.map { objection.status == $0 } ?? true
            }
        }
    }
}
