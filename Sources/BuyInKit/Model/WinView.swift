/// A win with the names of the people in it.
public struct WinView: Codable, Sendable, Equatable {
    public var id: Int64
    public var day: Day
    public var text: String
    public var kind: WinKind
    public var people: [String]

    public init(id: Int64, day: Day, text: String, kind: WinKind, people: [String]) {
        self.id = id; self.day = day; self.text = text; self.kind = kind; self.people = people
    }
}
