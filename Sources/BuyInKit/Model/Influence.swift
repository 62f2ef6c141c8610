/// A person's influence links, both ways, by name (`stakeholder show`).
public struct PersonInfluence: Sendable, Equatable, Encodable {
    /// Who influences them.
    public var influencedBy: [String]
    /// Whom they influence.
    public var influences: [String]
}

/// The shortest chain of people from someone who already supports the idea to the person the
/// marketer needs (`stakeholder path`), each with their stance in the campaign.
public struct InfluencePath: Sendable, Equatable, Encodable {
    public struct Person: Sendable, Equatable, Encodable {
        public var name: String
        /// Their stance now in the campaign; nil when not mapped or not known.
        public var stance: Stance?
        public var met: Bool
    }

    public var target: Person
    /// From a supporter to the target, both included; empty when no chain of links leads
    /// there, and the target alone when they already support the idea.
    public var steps: [Person]
    /// When there is no chain: the people recorded as influencing the target, who could open
    /// one if won over.
    public var openers: [Person]
    /// The target is the campaign's decision owner (no name was given).
    public var isDecisionOwner: Bool

    public var targetSupports: Bool { target.stance?.isSupportive ?? false }
}
