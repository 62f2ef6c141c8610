#if TeamStore
import GRDB

extension PostgresRecords {
    /// Letters with accents, both cases (a server whose LC_CTYPE is C lowers ASCII only), and
    /// what they fold to: « réticence » is found by "reticence", as SQLite's tokenizer finds it.
    static let accented = "àÀáÁâÂãÃäÄåÅāĀăĂąĄçÇćĆĉĈċĊčČďĎđĐèÈéÉêÊëËēĒĕĔėĖęĘěĚĝĜğĞġĠģĢĥĤħĦìÌíÍîÎïÏĩĨīĪĭĬįĮıĵĴķĶĺĹļĻľĽŀĿłŁñÑńŃņŅňŇòÒóÓôÔõÕöÖøØōŌŏŎőŐŕŔŗŖřŘśŚŝŜşŞšŠţŢťŤŧŦùÙúÚûÛüÜũŨūŪŭŬůŮűŰųŲŵŴýÝÿŸŷŶźŹżŻžŽ"
    static let plain = "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz"

    /// The SQL that folds `expression` for comparison: lower case, ligatures spelled out
    /// (œ → oe, æ → ae, ß → ss), accents removed. Both sides of a search go through it, so a
    /// query with or without accents or ligatures finds text written either way. The team
    /// store's own, since SQLite's index folds with its tokenizer; no extension is needed
    /// (`unaccent` would need one on the server).
    static func folded(_ expression: String) -> String {
        var sql = "lower(\(expression))"
        for (ligature, spelled) in [("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss")] {
            sql = "replace(\(sql), '\(ligature)', '\(spelled)')"
        }
        return "translate(\(sql), '\(accented)', '\(plain)')"
    }

    /// The team store's own: every word of the query found in the text, folded alike
    /// (`folded`), newest first. SQLite ranks by its full-text index; this reads the tables.
    func search(_ query: SearchQuery, kinds: [SearchHit.Kind], campaign: Int64?, limit: Int) throws -> [SearchHit] {
        let sources = SearchSource.of(kinds)
        guard !sources.isEmpty else { return [] }
        let found = sources.map { source in
            """
            SELECT \(source.kind.rawValue), \(source.place), \(source.body(prefix: "t.", newline: dialect.newline))
            FROM \(source.table) t \(source.meetingJoin) \(source.condition(joinedWith: "WHERE"))
            """
        }
        var arguments: [(any DatabaseValueConvertible)?] = []
        var conditions: [String] = []
        for parts in query.phrases {
            if parts.count == 1 {
                conditions.append("\(Self.folded("found.text")) LIKE '%' || \(Self.folded("?")) || '%'")
                arguments.append(SQLPattern.literal(parts[0]))
            } else {
                // A phrase: its parts one after the other, anything but letters and digits between.
                // The parts are letters and digits only, so none is read as a pattern.
                conditions.append("\(Self.folded("found.text")) ~ \(Self.folded("?"))")
                arguments.append(parts.joined(separator: "[^[:alnum:]]+"))
            }
        }
        if let campaign {
            conditions.append("found.campaignId = ?")
            arguments.append(campaign)
        }
        arguments.append(limit)
        return try fetch("""
            WITH found(kind, id, campaignId, day, stakeholderId, text) AS (
                \(found.joined(separator: "\nUNION ALL\n"))
            )
            \(SearchSource.selection)
            WHERE \(conditions.isEmpty ? "true" : conditions.joined(separator: " AND "))
            ORDER BY found.day DESC, found.id DESC LIMIT ?
            """, arguments) { try SearchHit(columns: $0) }.compactMap { $0 }
    }
}
#endif
