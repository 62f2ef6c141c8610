/// A found record with the excerpt a listing shows.
public struct SearchResult: Sendable, Equatable, Encodable {
    public var hit: SearchHit
    public var excerpt: SearchExcerpt

    public func encode(to encoder: any Encoder) throws {
        // One flat object per result: scripts read `kind`, `id`, `excerpt`, not a nesting.
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(hit.kind, forKey: .kind)
        try container.encode(hit.id, forKey: .id)
        try container.encode(hit.campaignSlug, forKey: .campaign)
        try container.encode(hit.campaignTitle, forKey: .campaignTitle)
        try container.encode(hit.day, forKey: .day)
        try container.encode(hit.stakeholder, forKey: .stakeholder)
        try container.encode(excerpt.text, forKey: .excerpt)
        try container.encode(excerpt.parts.filter(\.isMatch).map(\.text), forKey: .matches)
    }

    enum Key: String, CodingKey { case kind, id, campaign, campaignTitle, day, stakeholder, excerpt, matches }
}

extension RecordStore {
    /// The records holding every word of `text`, best match first: meetings' summaries and
    /// outcomes, objections, wins, metrics and shareable quotes; private notes and quotes only
    /// when asked. In every campaign, or in the one named.
    public func search(_ text: String, includingPrivate: Bool, in ref: CampaignRef?, limit: Int) throws -> [SearchResult] {
        let query = try SearchQuery(text)
        // With private text, every quote is found as a quote; without, the shareable ones only.
        let kinds = SearchHit.Kind.allCases.filter { includingPrivate ? $0 != .sharedQuote : !$0.isPrivate }
        return try read { records in
            let campaign = try ref.map { try records.campaignID($0) }
            return try records.search(query, kinds: kinds, campaign: campaign, limit: limit)
                .map { SearchResult(hit: $0, excerpt: SearchExcerpt(of: $0.text, matching: query)) }
        }
    }
}
