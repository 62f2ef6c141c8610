/// A record whose id is the store's to give: nil before it is inserted, always set once read
/// back. `storedID()` says so where a record read from the store is used by its id.
public protocol HasStoredID {
    var id: Int64? { get }
}

extension HasStoredID {
    public func storedID() throws -> Int64 {
        guard let id else { throw BuyInError.internalError("a \(Self.self) read from the store without its id") }
        return id
    }
}

extension Campaign: HasStoredID {}
extension Stakeholder: HasStoredID {}
extension Goal: HasStoredID {}
extension Meeting: HasStoredID {}
extension MeetingQuote: HasStoredID {}
extension FollowUp: HasStoredID {}
extension Objection: HasStoredID {}
extension Win: HasStoredID {}
extension Metric: HasStoredID {}
extension DecisionOption: HasStoredID {}
extension Decision: HasStoredID {}
