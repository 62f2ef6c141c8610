import GRDB

/// A person, known once and met in any number of campaigns.
public struct Stakeholder: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var foldedName: String
    public var role: String
    public var department: String
    public var email: String
    public var influence: Int
    public var interest: Int

    public static let databaseTableName = "stakeholder"

    public init(name: String, role: String = "", department: String = "", email: String = "",
                influence: Int = 3, interest: Int = 3) {
        self.name = name.trimmed; self.foldedName = Vocabulary.fold(name); self.role = role
        self.department = department; self.email = email; self.influence = influence; self.interest = interest
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    enum CodingKeys: String, CodingKey { case id, name, foldedName, role, department, email, influence, interest }
}
