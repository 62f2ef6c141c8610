import GRDB

extension SQLRecords {
    /// On the team store, row-level security filters these as it does every query: another
    /// member's private notes and quotes are not there to be read.
    func everyRow<Record: TransferableRow>(_ type: Record.Type, orderedBy columns: String) throws -> [Record] {
        try fetchAll(Record.self, "SELECT * FROM \(Record.databaseTableName) ORDER BY \(columns)")
    }
}
