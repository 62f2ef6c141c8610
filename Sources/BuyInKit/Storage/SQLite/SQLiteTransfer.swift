import GRDB

extension SQLiteRecords: TransferRepository {
    func everyRow<Record: FetchableRecord & TableRecord>(_ type: Record.Type, orderedBy columns: String) throws -> [Record] {
        try Record.fetchAll(db, sql: "SELECT * FROM \(Record.databaseTableName) ORDER BY \(columns)")
    }
}
