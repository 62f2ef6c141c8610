import GRDB

/// A row of either store read by column position: GRDB's `Row` for SQLite, `PostgresRow` for
/// the team store. Each list type has one decoder over it (`init(columns:)`), beside the
/// SELECT it reads (`static let selection`).
protocol ColumnRow {
    func decode<Value: DatabaseValueConvertible>(_ type: Value.Type, atIndex index: Int) throws -> Value
    /// Values SQLite can hand over straight from the statement. Why a second requirement
    /// (perf): listings decode thousands of rows, and GRDB's general `DatabaseValue` path was
    /// most of a row's cost; overload resolution picks this one wherever it applies.
    func decode<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, atIndex index: Int) throws -> Value
}

extension ColumnRow {
    func decode<Value: DatabaseValueConvertible>(atIndex index: Int) throws -> Value {
        try decode(Value.self, atIndex: index)
    }

    func decode<Value: DatabaseValueConvertible & StatementColumnConvertible>(atIndex index: Int) throws -> Value {
        try decode(Value.self, atIndex: index)
    }
}

extension Row: ColumnRow {}
