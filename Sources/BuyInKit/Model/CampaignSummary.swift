/// A campaign in a listing.
public struct CampaignSummary: Codable, Sendable, Equatable {
    public var slug: String
    public var title: String
    public var createdOn: Day
    public var decideBy: Day?
    public var isCurrent: Bool
    public var decision: DecisionOutcome?
    /// When it was put away (`campaign archive`).
    public var archivedOn: Day?
}
