/// The options leadership chooses between. At most one is recommended: marking one takes the
/// mark off the others in the same transaction.
extension RecordStore {
    public func addOption(_ option: DecisionOption, in ref: CampaignRef) throws -> DecisionOption {
        guard !option.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "option") }
        return try write { records in
            var option = option
            option.campaignId = try records.campaign(ref).id!
            option.text = option.text.trimmed
            try records.insert(&option)
            if option.isRecommended { try records.unrecommendOptions(campaign: option.campaignId, except: option.id!) }
            return option
        }
    }

    public func editOption(_ id: Int64, in ref: CampaignRef, _ change: (inout DecisionOption) -> Void) throws -> DecisionOption {
        try write { records in
            let campaign = try records.campaign(ref).id!
            guard var option = try records.option(id: id, campaign: campaign) else {
                throw BuyInError.unknownRecord(kind: .decisionOption, id: id)
            }
            change(&option)
            option.text = option.text.trimmed
            guard !option.text.isEmpty else { throw BuyInError.emptyText(field: "option") }
            try records.update(option)
            if option.isRecommended { try records.unrecommendOptions(campaign: campaign, except: id) }
            return option
        }
    }

    public func options(in ref: CampaignRef) throws -> [DecisionOption] {
        try read { records in try records.options(campaign: records.campaign(ref).id!) }
    }
}
