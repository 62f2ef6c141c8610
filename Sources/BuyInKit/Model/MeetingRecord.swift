/// A meeting with everything recorded about it, private notes and quotes included.
public struct MeetingRecord: Codable, Sendable, Equatable {
    public var meeting: MeetingSummary
    public var notes: [String]
    public var quotes: [MeetingQuote]
    public var followUps: [FollowUp]
    /// The changes to the idea suggested in the meeting.
    public var ideaChanges: [String]

    public init(meeting: MeetingSummary, notes: [String], quotes: [MeetingQuote], followUps: [FollowUp], ideaChanges: [String] = []) {
        self.meeting = meeting; self.notes = notes; self.quotes = quotes; self.followUps = followUps; self.ideaChanges = ideaChanges
    }
}

/// A meeting as any output other than `meeting show` prints it: the shared parts only, so that a
/// script capturing `meeting log --json` never holds private notes or private quotes.
public struct SharedMeetingRecord: Codable, Sendable, Equatable {
    public var meeting: MeetingSummary
    public var sharedQuotes: [String]
    public var followUps: [FollowUp]
    public var ideaChanges: [String]

    public init(_ record: MeetingRecord) {
        meeting = record.meeting
        sharedQuotes = record.quotes.filter(\.isShareable).map(\.text)
        followUps = record.followUps
        ideaChanges = record.ideaChanges
    }
}
