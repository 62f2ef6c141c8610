import GRDB

// Days and vocabulary words are stored as their ISO text and language-neutral identifiers.
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap(Day.init(iso:))
    }
}

extension Stance: DatabaseValueConvertible {}
extension Channel: DatabaseValueConvertible {}
extension ObjectionCategory: DatabaseValueConvertible {}
extension ObjectionStatus: DatabaseValueConvertible {}
extension WinKind: DatabaseValueConvertible {}
extension DecisionOutcome: DatabaseValueConvertible {}
