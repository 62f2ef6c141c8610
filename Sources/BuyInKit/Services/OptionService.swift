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

    public func options(in ref: CampaignRef) throws -> [DecisionOption] {
        try read { records in try records.options(campaign: records.campaign(ref).id!) }
    }
}
