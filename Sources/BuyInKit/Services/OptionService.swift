/// The options leadership chooses between. At most one is recommended: marking one takes the
/// mark off the others in the same transaction.
extension RecordStore {
    public func addOption(_ entry: OptionEntry, in ref: CampaignRef) throws -> DecisionOption {
        guard !entry.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "option") }
        return try write { records in
            var option = DecisionOption(campaignId: try records.campaignID(ref), entry)
            option.text = option.text.trimmed
            if option.cost != nil { try CampaignCurrency.settle(&option.costUnit, isCost: true, campaign: option.campaignId, in: records) }
            let id = try records.insert(&option)
            if option.isRecommended { try records.unrecommendOptions(campaign: option.campaignId, except: id) }
            return option
        }
    }

    public func options(in ref: CampaignRef) throws -> [DecisionOption] {
        try read { records in try records.options(campaign: records.campaignID(ref)) }
    }
}
