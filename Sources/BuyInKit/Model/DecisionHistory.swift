/// A campaign's decisions: the one in force, and the earlier ones with their lessons.
public struct DecisionHistory: Codable, Sendable, Equatable {
    public var latest: Decision?
    public var earlier: [Decision]

    public init(_ all: [Decision]) {
        latest = all.last
        earlier = Array(all.dropLast())
    }
}
