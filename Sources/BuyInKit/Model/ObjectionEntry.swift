/// What a person types when raising an objection.
public struct ObjectionEntry: Sendable {
    public var text: String
    public var stakeholder: String?
    public var meetingId: Int64?
    public var concern = ""
    public var category: ObjectionCategory = .other
    public var day: Day
    /// Whether `day` was typed. When it was not and a meeting is named, the objection was raised
    /// at that meeting: it takes the meeting's day, not today's.
    public var dayIsTyped = true
    public init(text: String, day: Day) { self.text = text; self.day = day }
}
