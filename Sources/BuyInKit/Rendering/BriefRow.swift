import Mustache

/// The names of a long list's rows, learnt from its first row and shared by all of them.
///
/// Why: a pre-read's long lists (the meeting log, the quotes, the idea's changes) are rows of a
/// few texts under the same names. A `BriefNode` per row made a dictionary per row and hashed
/// every name into it again, a thousand times over (callgrind: 3.4 M instructions, and ~900 KB
/// of memory touched, a sixth of a 1,000-meeting pre-read's page faults). Here each row is its
/// texts in order, and a name is looked up once in the list's own table.
final class RowNames {
    private(set) var names: [String] = []
    private var places: [String: Int] = [:]

    /// Where a name's text is in each row, nil when the rows have no such name.
    func place(of name: String) -> Int? { places[name] }

    /// Learns the names from the first row; every later row gives the same names in the same order.
    fileprivate func adopt(_ row: KeyValuePairs<String, String>) {
        if names.isEmpty {
            names = row.map(\.key)
            for (place, name) in names.enumerated() { places[name] = place }
        }
        assert(names.elementsEqual(row.lazy.map(\.key)), "a list's rows give the same names in the same order")
    }
}

/// One row of a long list: its texts, in the order of its list's `RowNames`. To a template it is
/// an object like `BriefNode`, and keeps its promises: a name the row has is answered by the row,
/// even when its text is blank, and the row printed as a value prints nothing.
public struct BriefRow: MustacheParent, MustacheCustomRenderable {
    private let names: RowNames
    private let texts: [BriefText]
    private unowned(unsafe) let budget: RenderBudget

    init(_ budget: RenderBudget, _ names: RowNames, texts: KeyValuePairs<String, String>) {
        names.adopt(texts)
        self.names = names
        self.budget = budget
        self.texts = texts.map { $0.value.isEmpty ? BriefText.blank : BriefText(text: $0.value, budget: budget) }
    }

    public func child(named name: String) -> Any? {
        guard budget.spend() else { return nil }
        return names.place(of: name).map { texts[$0] }
    }

    public var renderText: String { "" }
    public var isNull: Bool { false }

    /// The row as a node, for the transforms of a user's template (`{{count(.)}}`).
    var node: BriefNode {
        var fields: [String: Any] = [:]
        for (name, text) in zip(names.names, texts) { fields[name] = text }
        return BriefNode(budget, gathered: fields)
    }
}

extension BriefRow: MustacheTransformable {
    public func transform(_ name: String) -> Any? { node.transform(name) }
}
