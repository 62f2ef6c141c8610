/// A table whose text `buyin search` reads, and where a hit in it sits: both stores' searches
/// are built from this one list (SQLite's through its full-text index, `SearchIndexSchema`;
/// the team store's over the tables themselves, `PostgresRecords.search`).
struct SearchSource: Sendable {
    let kind: SearchHit.Kind
    let table: String
    /// The searched columns, joined by line breaks into one text.
    let columns: [String]
    /// The hit's record (id), campaign, day and person, over the text's row as `t` and, for
    /// what a meeting holds, its meeting as `m`: a note or a quote is found as its meeting.
    let place: String
    /// What joins the text's row to its meeting, when the hit is its meeting.
    let meetingJoin: String
    /// Which of the text's rows are searched (`t.isShareable`), when not all of them.
    var condition = ""
    /// The kind the full-text index holds the rows as, when another source indexes them.
    var indexedAs: SearchHit.Kind?

    /// A typed NULL: PostgreSQL types a UNION's columns by its first SELECT, and an untyped
    /// NULL there (a search of wins alone) would be text, which no person's id equals.
    private static let noPerson = "CAST(NULL AS INTEGER)"

    static let all: [SearchSource] = [
        SearchSource(kind: .meeting, table: "meeting", columns: ["summary", "outcome"],
                     place: "t.id, t.campaignId, t.day, t.stakeholderId", meetingJoin: ""),
        SearchSource(kind: .objection, table: "objection", columns: ["text", "concern", "response"],
                     place: "t.id, t.campaignId, t.raisedOn, t.stakeholderId", meetingJoin: ""),
        SearchSource(kind: .win, table: "win", columns: ["text"], place: "t.id, t.campaignId, t.day, \(noPerson)", meetingJoin: ""),
        SearchSource(kind: .metric, table: "metric", columns: ["label", "source"], place: "t.id, t.campaignId, t.day, \(noPerson)", meetingJoin: ""),
        SearchSource(kind: .note, table: "meetingNote", columns: ["text"],
                     place: "m.id, m.campaignId, m.day, m.stakeholderId", meetingJoin: "JOIN meeting m ON m.id = t.meetingId"),
        SearchSource(kind: .quote, table: "meetingQuote", columns: ["text"],
                     place: "m.id, m.campaignId, m.day, m.stakeholderId", meetingJoin: "JOIN meeting m ON m.id = t.meetingId"),
    ]

    /// The quotes the person agreed to share, among the quotes the index already holds.
    static let sharedQuotes = SearchSource(kind: .sharedQuote, table: "meetingQuote", columns: ["text"],
                                           place: "m.id, m.campaignId, m.day, m.stakeholderId", meetingJoin: "JOIN meeting m ON m.id = t.meetingId",
                                           condition: "t.isShareable", indexedAs: .quote)

    /// The sources of the kinds asked for; `all` is what the index is built from.
    static func of(_ kinds: [SearchHit.Kind]) -> [SearchSource] { (all + [sharedQuotes]).filter { kinds.contains($0.kind) } }

    /// "WHERE t.isShareable", "AND t.isShareable" or nothing.
    func condition(joinedWith word: String) -> String { condition.isEmpty ? "" : "\(word) \(condition)" }

    /// The searched text of a row whose columns are named with `prefix` (`t.`, `new.`).
    func body(prefix: String, newline: String) -> String {
        columns.map { prefix + $0 }.joined(separator: " || \(newline) || ")
    }

    /// What both stores select of each hit, over the `found` rows (kind, id, campaignId, day,
    /// stakeholderId, text), decoded by `SearchHit.init(columns:)`.
    static let selection = """
        SELECT found.kind, found.id, c.slug, c.title, found.day, s.name, found.text
        FROM found JOIN campaign c ON c.id = found.campaignId LEFT JOIN stakeholder s ON s.id = found.stakeholderId
        """
}

extension SearchHit {
    /// A hit of a kind this buyin does not know (a newer one's) is left out, not guessed.
    init?(columns row: some ColumnRow) throws {
        guard let kind = Kind(rawValue: try row.decode(atIndex: 0)) else { return nil }
        self.init(kind: kind, id: try row.decode(atIndex: 1), campaignSlug: try row.decode(atIndex: 2), campaignTitle: try row.decode(atIndex: 3),
                  day: try row.decode(atIndex: 4), stakeholder: try row.decode(atIndex: 5), text: try row.decode(atIndex: 6))
    }
}
