import GRDB

extension SQLiteStore {
    /// A full copy of the database, private notes included, made with SQLite's online backup so
    /// that it is consistent even while another buyin writes. Like an exported document, it never
    /// replaces an existing file unless asked, and never leaves a half-made one.
    public func backup(to destination: String, overwrite: Bool) throws {
        try DocumentWriter.replace(destination, overwrite: overwrite, sparing: [path]) { temporary in
            do {
                let copy = try DatabaseQueue(path: temporary)
                try queue.backup(to: copy)
                try copy.close()
            } catch let error as DatabaseError {
                throw SQLiteStore.translate(error, path: destination)
            }
        }
    }
}
