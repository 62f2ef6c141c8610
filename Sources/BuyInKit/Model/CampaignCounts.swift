/// What a campaign holds, counted: the figures `status` shows and the journey is judged on.
public struct CampaignCounts: Sendable, Equatable {
    public var goals: Int
    public var meetings: Int
    public var objections: Int
    public var openObjections: Int
    /// The open objection to answer first.
    public var oldestOpenObjection: Int64?
    public var wins: Int
    public var openFollowUps: Int
    public var overdueFollowUps: Int
}
