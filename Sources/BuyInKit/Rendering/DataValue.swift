import Foundation

/// One value of what `--json` and `--format csv` print, built from the records' own `Encodable`
/// conformance by `DataValue.Encoder`.
///
/// Why not `JSONEncoder`: it leaves a missing value out, so a script (or a CSV header) could not
/// tell an unknown field from a missing one, and a column no row fills would vanish. Here every
/// key a type encodes is present: an absent optional and an empty text are `null`.
public enum DataValue: Equatable, Sendable {
    case null, bool(Bool), integer(Int64), number(Double), text(String)
    case list([DataValue]), object([String: DataValue])

    /// Raised when the shape of the commands' JSON changes, so that a reader's script can tell.
    /// (1: lists are `{"schemaVersion", "items"}`, missing values `null`.)
    public static let schemaVersion = 1

    /// What a command prints with `--json`: an object with `schemaVersion` beside its keys, or a
    /// list as `{"schemaVersion": 1, "items": [...]}`.
    public static func document<Value: Encodable>(_ value: Value) throws -> DataValue {
        switch try DataValue(value) {
        case .object(var fields):
            fields["schemaVersion"] = .integer(Int64(schemaVersion))
            return .object(fields)
        case let other:
            return .object(["schemaVersion": .integer(Int64(schemaVersion)), "items": other])
        }
    }

    public init<Value: Encodable>(_ value: Value) throws {
        self = try DataValue.node(value, codingPath: []).value
    }
}

// MARK: - Writing JSON

extension DataValue {
    /// Pretty-printed JSON with its keys A to Z, the layout `JSONEncoder` used before.
    public var json: String {
        var out = ""
        write(to: &out, indent: "")
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let whole): out += String(whole)
        case .number(let number): out += Self.numberText(number)
        case .text(let text): Self.writeQuoted(text, to: &out)
        case .list(let items):
            guard !items.isEmpty else { out += "[\n\n\(indent)]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{\n\n\(indent)}"; return }
            let inner = indent + "  "
            out += "{\n"
            let keys = fields.keys.sorted()
            for (index, key) in keys.enumerated() {
                out += inner
                Self.writeQuoted(key, to: &out)
                out += " : "
                fields[key]!.write(to: &out, indent: inner)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// JSON has no infinity: a value only a hand edit can store is written as text, not refused.
    static func numberText(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "\"NaN\"" : number > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        return String(number)
    }

    private static func writeQuoted(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

// MARK: - The encoder

extension DataValue {
    /// A value under construction: containers hold nodes, so a nested container handed out
    /// early still writes into its parent.
    final class Node {
        enum Content { case leaf(DataValue), object([String: Node]), list([Node]) }
        var content = Content.leaf(.null)

        var value: DataValue {
            switch content {
            case .leaf(let value): return value
            case .object(let fields): return .object(fields.mapValues(\.value))
            case .list(let items): return .list(items.map(\.value))
            }
        }

        func becomeObject() { if case .object = content {} else { content = .object([:]) } }
        func becomeList() { if case .list = content {} else { content = .list([]) } }

        func set(_ node: Node, for key: String) {
            guard case .object(var fields) = content else { return }
            fields[key] = node
            content = .object(fields)
        }

        func append(_ node: Node) {
            guard case .list(var items) = content else { return }
            items.append(node)
            content = .list(items)
        }

        static func leaf(_ value: DataValue) -> Node {
            let node = Node()
            node.content = .leaf(value)
            return node
        }
    }

    final class Encoder: Swift.Encoder {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(node: Node = Node(), codingPath: [any CodingKey] = []) {
            self.node = node
            self.codingPath = codingPath
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.becomeObject()
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.becomeList()
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleContainer(node: node, codingPath: codingPath)
        }
    }

    /// A value as a node: numbers as numbers, other types by their own encoding.
    static func node<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> Node {
        switch value {
        case let text as String: return .leaf(.text(text))
        case let flag as Bool: return .leaf(.bool(flag))
        case let whole as Int: return .leaf(.integer(Int64(whole)))
        case let whole as Int64: return .leaf(.integer(whole))
        case let whole as Int32: return .leaf(.integer(Int64(whole)))
        case let number as Double: return .leaf(.number(number))
        default:
            let encoder = Encoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.node
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.set(.leaf(.null), for: key.stringValue) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            // A field's empty text is a missing value, as in the pre-read's JSON.
            if let text = value as? String, text.isEmpty { return try encodeNil(forKey: key) }
            node.set(try DataValue.node(value, codingPath: codingPath + [key]), for: key.stringValue)
        }
        // The point of this encoder: an absent optional is written as null, not left out. The
        // protocol has one requirement per standard type, each skipping nil by default: all of them
        // are answered here, so no field of any type is left out.
        private mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
            if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
        }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            superEncoder(forKey: key).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            superEncoder(forKey: key).unkeyedContainer()
        }
        mutating func superEncoder() -> any Swift.Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
        mutating func superEncoder(forKey key: Key) -> any Swift.Encoder {
            let child = Node()
            node.set(child, for: key.stringValue)
            return Encoder(node: child, codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var count: Int { if case .list(let items) = node.content { items.count } else { 0 } }

        mutating func encodeNil() throws { node.append(.leaf(.null)) }
        // In a list an empty text stays a text: it is an item, not a missing value.
        mutating func encode<T: Encodable>(_ value: T) throws { node.append(try DataValue.node(value, codingPath: codingPath)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            superEncoder().container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { superEncoder().unkeyedContainer() }
        mutating func superEncoder() -> any Swift.Encoder {
            let child = Node()
            node.append(child)
            return Encoder(node: child, codingPath: codingPath)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        mutating func encodeNil() throws { node.content = .leaf(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            node.content = try DataValue.node(value, codingPath: codingPath).content
        }
    }
}
