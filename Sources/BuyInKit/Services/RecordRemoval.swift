import GRDB

extension Store {
    /// Deletes one record of a campaign; what hangs off it (a meeting's notes, quotes and next
    /// steps) goes with it, by the schema's cascade rules. Objections raised in a deleted meeting
    /// stay, without their link to it.
    /// The kind's identifier is its table's name.
    public func delete(_ kind: BuyInError.RecordKind, id: Int64, campaign slug: String?) throws {
        try write { db in
            let campaignID = try Self.campaign(db, slug).id!
            try db.execute(sql: "DELETE FROM \(kind.rawValue) WHERE id = ? AND campaignId = ?", arguments: [id, campaignID])
            if db.changesCount == 0 { throw BuyInError.unknownRecord(kind: kind, id: id) }
        }
    }

    /// A full copy of the database, private notes included, made with SQLite's online backup so
    /// that it is consistent even while another buyin writes. Like an exported document, it never
    /// replaces an existing file unless asked, and never leaves a half-made one.
    public func backup(to destination: String, overwrite: Bool) throws {
        try DocumentWriter.replace(destination, overwrite: overwrite) { temporary in
            do {
                let copy = try DatabaseQueue(path: temporary)
                try queue.backup(to: copy)
                try copy.close()
            } catch let error as DatabaseError {
                throw Store.translate(error, path: destination)
            }
        }
    }
}
