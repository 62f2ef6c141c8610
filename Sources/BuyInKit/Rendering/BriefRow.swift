import Mustache

/// The names of a list's rows, learnt from its first row and shared by all of them.
///
/// Why: a pre-read's long lists (the meeting log, the quotes, the objections) are rows of the
/// same few names. A `BriefNode` per row made a dictionary per row and hashed every name into
/// it again, a thousand times over (callgrind: 3.4 M instructions, and ~900 KB of memory
/// touched, a sixth of a 1,000-meeting pre-read's page faults). Here each row is its values in
/// order, and a name is looked up in the list's one table.
final class RowNames {
    private(set) var names: [String] = []
    private var places: [String: Int] = [:]

    /// Where a name's text is in each row, nil when the rows have no such name.
    func place(of name: String) -> Int? { places[name] }

    /// Learns the names from the first row; every later row gives the same names in the same order.
    fileprivate func adopt<Value>(_ row: KeyValuePairs<String, Value>) {
        if names.isEmpty {
            names = row.map(\.key)
            for (place, name) in names.enumerated() { places[name] = place }
        }
        assert(names.elementsEqual(row.lazy.map(\.key)), "a list's rows give the same names in the same order")
    }
}

/// One row of a list: its values, in the order of its list's `RowNames`, wrapped as a
/// `BriefNode`'s are. To a template it is an object like `BriefNode`, and keeps its promises: a
/// name the row has is answered by the row, even when its text is blank, and the row printed as
/// a value prints nothing.
public struct BriefRow: MustacheParent, MustacheCustomRenderable {
    private let names: RowNames
    private let values: [Any]
    private unowned(unsafe) let budget: RenderBudget

    /// A row whose values are all text, as the longest lists' are: each made a `BriefText` at once.
    init(_ budget: RenderBudget, _ names: RowNames, texts: KeyValuePairs<String, String>) {
        names.adopt(texts)
        self.names = names
        self.budget = budget
        values = texts.map { $0.value.isEmpty ? BriefText.blank : BriefText(text: $0.value, budget: budget) }
    }

    init(_ budget: RenderBudget, _ names: RowNames, _ fields: KeyValuePairs<String, Any>) {
        names.adopt(fields)
        self.names = names
        self.budget = budget
        values = fields.map { BriefNode.wrap($0.value, budget) }
    }

    public func child(named name: String) -> Any? {
        guard budget.spend() else { return nil }
        return names.place(of: name).map { values[$0] }
    }

    public var renderText: String { "" }
    public var isNull: Bool { false }

    /// The row as a node, for the transforms of a user's template (`{{count(.)}}`).
    var node: BriefNode {
        var fields: [String: Any] = [:]
        for (name, value) in zip(names.names, values) { fields[name] = value }
        return BriefNode(budget, gathered: fields)
    }
}

extension BriefRow: MustacheTransformable {
    public func transform(_ name: String) -> Any? { node.transform(name) }
}
