import GRDB

// Days and vocabulary words are stored as their ISO text and language-neutral identifiers.
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap(Day.init(iso:))
    }
}

// Straight from SQLite's column text, as GRDB reads its own strings: listings decode a day and
// two or three words per row, and the general `DatabaseValue` path was most of a row's cost.
// (GRDB gives `RawRepresentable` words this reading itself once they declare the conformance.)
extension Day: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        self.init(iso: String(sqliteStatement: sqliteStatement, index: index))
    }
}

extension Stance: DatabaseValueConvertible, StatementColumnConvertible {}
extension Channel: DatabaseValueConvertible, StatementColumnConvertible {}
extension ObjectionCategory: DatabaseValueConvertible, StatementColumnConvertible {}
extension ObjectionStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension WinKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension DecisionOutcome: DatabaseValueConvertible, StatementColumnConvertible {}
extension DecisionRole: DatabaseValueConvertible, StatementColumnConvertible {}
