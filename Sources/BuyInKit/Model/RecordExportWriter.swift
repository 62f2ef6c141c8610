import Foundation

/// Writes the export document (`RecordExport`) a row at a time, in the layout `JSONEncoder`
/// gives a whole one (keys A to Z, indented by two: two exports of the same record are the
/// same bytes, and a person can read one), so that a command holds one row of the record at
/// once, not all of it (`export` of 10,000 meetings peaked at 65 MB when encoded whole).
final class RecordExportWriter {
    private let sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    private var buffer: [UInt8] = []
    private var fields = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Bytes go to `sink` in pieces of about this size.
    private static let piece = 1 << 16

    init(_ sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.piece + 4096)
    }

    func begin() throws { append("{\n") }

    func end() throws {
        append("\n}\n")
        try flush()
    }

    /// `"key" : value`, left out when the value is nil, as `JSONEncoder` leaves it out.
    func field<Value: Encodable>(_ key: String, _ value: Value?) throws {
        guard let value else { return }
        try startField(key)
        try appendJSON(value, indent: "  ")
    }

    /// `"key" : [ … ]` with each row `each` hands over.
    func rows<Row: Encodable>(_ key: String, of type: Row.Type, _ each: ((Row) throws -> Void) throws -> Void) throws {
        try startField(key)
        append("[\n")
        var count = 0
        try each { row in
            append(count == 0 ? "    " : ",\n    ")
            try appendJSON(row, indent: "    ")
            count += 1
            if buffer.count >= Self.piece { try flush() }
        }
        append("\n  ]")
    }

    private func startField(_ key: String) throws {
        append(fields == 0 ? "  \"" : ",\n  \"")
        append(key)
        append("\" : ")
        fields += 1
    }

    /// A value as `JSONEncoder` writes it, its lines after the first indented to sit at `indent`.
    private func appendJSON<Value: Encodable>(_ value: Value, indent: String) throws {
        let json = ActiveText.escapedInJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
        // JSON text never holds a raw line break inside a string, so every one is the layout's.
        for byte in json.utf8 {
            buffer.append(byte)
            if byte == 0x0A { buffer.append(contentsOf: indent.utf8) }
        }
    }

    private func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { try sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
