/// A person on record by id and name only: what a chain of influence or a "did you mean"
/// needs of everyone, read without the rest of each person's row.
public struct StakeholderName: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var foldedName: String
}
