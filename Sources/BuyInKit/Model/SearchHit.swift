/// One record that `buyin search` found: where it sits, and the text it matched in.
public struct SearchHit: Codable, Sendable, Equatable {
    /// What kind of text matched. The raw value is part of the index's row ids: never renumber.
    public enum Kind: Int, Codable, Sendable, CaseIterable {
        case meeting = 1, objection, win, metric, note, quote
        /// A quote the person agreed to share, searched always: the index holds it as a `quote`
        /// (this value is never part of a row id), read with its `isShareable` flag.
        case sharedQuote = 7

        /// Notes and quotes are what was said in confidence: searched only when asked (the
        /// shareable quotes among them as `sharedQuote`).
        public var isPrivate: Bool { self == .note || self == .quote }

        /// The name used in messages and in JSON.
        public var name: String {
            switch self {
            case .meeting: return "meeting"
            case .objection: return "objection"
            case .win: return "win"
            case .metric: return "metric"
            case .note: return "note"
            case .quote: return "quote"
            case .sharedQuote: return "sharedQuote"
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(name)
        }
    }

    public var kind: Kind
    /// The record's number; for a note or a quote, its meeting's, which is what `meeting show` takes.
    public var id: Int64
    public var campaignSlug: String
    public var campaignTitle: String
    public var day: Day?
    public var stakeholder: String?
    /// The whole matched text, its parts on separate lines.
    public var text: String
}
