import GRDB

extension SQLRecords {
    /// On the team store, row-level security filters these as it does every query: another
    /// member's private notes and quotes are not there to be read.
    func eachRow<Record: TransferableRow>(_ type: Record.Type, orderedBy columns: String, _ body: (Record) throws -> Void) throws {
        try forEachRecord(Record.self, "SELECT * FROM \(Record.databaseTableName) ORDER BY \(columns)", [], body)
    }
}
