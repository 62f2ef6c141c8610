/// What `objection edit` changes: each field given replaces the recorded one.
public struct ObjectionChange: Sendable {
    public var text: String?
    public var concern: String?
    public var category: ObjectionCategory?
    public var response: String?
    /// Who raised it, when it was put down against the wrong person.
    public var stakeholder: String?
    public var meetingId: Int64?
    public var day: Day?
    public init() {}
}

/// What `win edit` changes: each field given replaces the recorded one; `people`, when given,
/// are all the people named in the win.
public struct WinChange: Sendable {
    public var text: String?
    public var day: Day?
    public var kind: WinKind?
    public var people: [String]?
    public init() {}
}
