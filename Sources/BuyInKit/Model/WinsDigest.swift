/// What went forward in a campaign over a while (`buyin win digest`): shareable material only,
/// never a private note or quote.
public struct WinsDigest: Encodable, Sendable, Equatable {
    public var title: String
    public var slug: String
    /// The first day counted, and the last (today).
    public var since: Day
    public var until: Day
    public var wins: [WinView]
    /// Everyone named in those wins, once each, by name.
    public var helpers: [String]
    public var meetings: Int
    /// The people met in that time, once each, most influential first.
    public var met: [String]
    /// Influence-weighted support, in percent, on the day before `since` and now.
    public var supportBefore: Int
    public var supportNow: Int
    public var nextMilestone: Milestone?

    /// What comes next: the decision, or else the next dated step.
    public struct Milestone: Encodable, Sendable, Equatable {
        public enum Kind: String, Encodable, Sendable { case decision, nextStep }
        public var kind: Kind
        public var day: Day
        /// The step's text; empty for the decision.
        public var text: String
    }
}
