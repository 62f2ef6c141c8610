import CSV
import Foundation

/// A list as CSV for a spreadsheet (`--format csv`): RFC 4180 (CRLF, quotes doubled), UTF-8,
/// a header row of the stable English keys `--json` uses and the same values: ISO dates, stance
/// and status identifiers, numbers with a dot, a list's items joined by "; ", nothing for null.
public enum CSVExport {
    public static func document<Row: Encodable>(_ rows: [Row]) throws -> String {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let objects = try rows.map { row -> [String: Value] in
            guard case .object(let fields) = try JSONDecoder().decode(Value.self, from: encoder.encode(row)) else { return [:] }
            return fields
        }
        // The record's number first, then the other keys A to Z, as `--json` sorts them.
        let others: [String] = Set(objects.flatMap(\.keys)).subtracting(["id"]).sorted()
        let keys: [String] = (objects.contains { $0["id"] != nil } ? ["id"] : []) + others
        guard !keys.isEmpty else { return "" }
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: keys)
        for object in objects { try writer.write(row: keys.map { cell(object[$0] ?? .null) }) }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A text a spreadsheet would run as a formula (`=`, `+`, `@`, or `-` before something that
    /// is not a number) gets a leading apostrophe: it shows as typed and never computes.
    static func cell(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number
        case .text(let text): return ActiveText.droppedFromDocument(defused(text))
        case .list(let items): return ActiveText.droppedFromDocument(defused(items.map(cell).joined(separator: "; ")))
        case .object: return ""
        }
    }

    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "@", "\t", "\r": return "'" + text
        case "-": return Double(text) == nil ? "'" + text : text
        default: return text
        }
    }

    /// One JSON value, as `--json` writes it.
    enum Value: Decodable {
        case null, bool(Bool), number(String), text(String), list([Value]), object([String: Value])

        init(from decoder: Decoder) throws {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let flag = try? single.decode(Bool.self) { self = .bool(flag) }
            else if let whole = try? single.decode(Int64.self) { self = .number(String(whole)) }
            else if let number = try? single.decode(Double.self) { self = .number(String(number)) }
            else if let text = try? single.decode(String.self) { self = .text(text) }
            else if let items = try? single.decode([Value].self) { self = .list(items) }
            else { self = .object(try single.decode([String: Value].self)) }
        }
    }
}
