import CSV
import Foundation

/// A list as CSV for a spreadsheet (`--format csv`): RFC 4180 (CRLF, quotes doubled), UTF-8,
/// a header row of the stable English keys `--json` uses and the same values: ISO dates, stance
/// and status identifiers, numbers with a dot, a list's items joined by "; ", nothing for null.
public enum CSVExport {
    public static func document<Row: Encodable>(_ rows: [Row]) throws -> String {
        let objects = try rows.map { row -> [String: DataValue] in
            guard case .object(let fields) = try DataValue(row) else { return [:] }
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
    static func cell(_ value: DataValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let whole): return String(whole)
        case .number(let number): return number.isFinite ? DataValue.numberText(number) : String(number)
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
}
