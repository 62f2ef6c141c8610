/// A campaign's currency and its amounts: a cost typed without a currency is in the campaign's,
/// and the first amount typed with one gives the campaign its currency when none was set. Both
/// happen in the write that records the amount.
enum CampaignCurrency {
    /// `unit` is the unit about to be stored with an amount of the campaign; `isCost` when the
    /// figure is a cost, which is money even when typed bare (a metric may count meetings).
    static func settle(_ unit: inout String, isCost: Bool, campaign id: Int64, in records: any Records) throws {
        guard var campaign = try records.campaign(id: id) else { return }
        if unit.isEmpty, isCost, let currency = campaign.currency {
            unit = currency
        } else if campaign.currency == nil, let currency = Currency(code: unit) {
            campaign.currency = currency.code
            try records.update(campaign)
        }
    }
}
