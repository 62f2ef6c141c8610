import Foundation
import GRDB
import GRDBSQLite

// Days and vocabulary words are stored as their ISO text and language-neutral identifiers.
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap(Day.init(iso:))
    }
}

// Straight from SQLite's column bytes: listings decode a day and two or three words per row, and
// the general `DatabaseValue` path was most of a row's cost; then without making a `String` of
// the text at all (callgrind, a 1,000-meeting `meeting list`: a string per column and the
// compiler's case search of `init(rawValue:)` were 1.9 M of 33 M instructions).
extension Day: StatementColumnConvertible {
    public init?(sqliteStatement: SQLiteStatement, index: CInt) {
        guard let bytes = ColumnBytes(sqliteStatement, index) else { return nil }
        self.init(isoBytes: bytes.buffer)
    }
}

extension Stance: DatabaseValueConvertible, StatementColumnConvertible {}
extension Channel: DatabaseValueConvertible, StatementColumnConvertible {}
extension ObjectionCategory: DatabaseValueConvertible, StatementColumnConvertible {}
extension ObjectionStatus: DatabaseValueConvertible, StatementColumnConvertible {}
extension WinKind: DatabaseValueConvertible, StatementColumnConvertible {}
extension DecisionOutcome: DatabaseValueConvertible, StatementColumnConvertible {}
extension DecisionRole: DatabaseValueConvertible, StatementColumnConvertible {}

extension VocabularyWord where Self: StatementColumnConvertible {
    /// The word whose identifier is the column's text, in place of GRDB's reading of any
    /// `RawRepresentable` (a string, then `init(rawValue:)`).
    public init?(sqliteStatement: SQLiteStatement, index: CInt) { self.init(column: ColumnBytes(sqliteStatement, index)) }
}

/// A text column's bytes as SQLite holds them, valid until the statement steps again.
struct ColumnBytes {
    let buffer: UnsafeBufferPointer<UInt8>

    init?(_ statement: SQLiteStatement, _ index: CInt) {
        guard let text = sqlite3_column_text(statement, index) else { return nil }
        buffer = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index)))
    }
}

extension VocabularyWord {
    /// The word whose identifier is the column's text; nil for any other text.
    init?(column: ColumnBytes?) {
        guard let bytes = column?.buffer else { return nil }
        for word in Self.allCases {
            var identifier = word.rawValue
            let matches = identifier.withUTF8 { identifier in
                identifier.count == bytes.count && (bytes.isEmpty || memcmp(identifier.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
            if matches {
                self = word
                return
            }
        }
        return nil
    }
}
