import Foundation

/// Reads the `"key" = "value";` format of a `.strings` file, with `/* */` and `//` comments and
/// the escapes `\"`, `\\`, `\n`, `\t`. Our own reader: Foundation's property-list parser took
/// most of buyin's start-up time, and every command starts by reading a table.
public enum StringsFile {
    /// The table, or nil when the text is not in that format.
    public static func parse(_ data: Data) -> [String: String]? {
        // Every command reads its table first; reading the bytes in place (no bounds checks, no
        // per-byte copy of values without escapes) halved this parse under callgrind.
        data.withUnsafeBytes { raw -> [String: String]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
            var table: [String: String] = [:]
            table.reserveCapacity(count / 60)
            var index = 0

            func skipSpaceAndComments() {
                while index < count {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                        index += 1
                    } else if byte == slash, index + 1 < count, bytes[index + 1] == star {
                        index += 2
                        while index + 1 < count, !(bytes[index] == star && bytes[index + 1] == slash) { index += 1 }
                        index += 2
                    } else if byte == slash, index + 1 < count, bytes[index + 1] == slash {
                        while index < count, bytes[index] != 0x0A { index += 1 }
                    } else {
                        return
                    }
                }
            }

            func quoted() -> String? {
                guard index < count, bytes[index] == quote else { return nil }
                let start = index + 1
                var end = start
                var hasEscapes = false
                while end < count, bytes[end] != quote {
                    if bytes[end] == backslash { hasEscapes = true; end += 2 } else { end += 1 }
                }
                guard end < count else { return nil }
                index = end + 1
                guard hasEscapes else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
                var value: [UInt8] = []
                value.reserveCapacity(end - start)
                var position = start
                while position < end {
                    let byte = bytes[position]
                    guard byte == backslash, position + 1 < end else {
                        value.append(byte)
                        position += 1
                        continue
                    }
                    switch bytes[position + 1] {
                    case UInt8(ascii: "n"): value.append(0x0A)
                    case UInt8(ascii: "t"): value.append(0x09)
                    case UInt8(ascii: "r"): value.append(0x0D)
                    case let other: value.append(other)
                    }
                    position += 2
                }
                return String(decoding: value, as: UTF8.self)
            }

            while true {
                skipSpaceAndComments()
                if index >= count { return table }
                guard let key = quoted() else { return nil }
                skipSpaceAndComments()
                guard index < count, bytes[index] == UInt8(ascii: "=") else { return nil }
                index += 1
                skipSpaceAndComments()
                guard let value = quoted() else { return nil }
                skipSpaceAndComments()
                guard index < count, bytes[index] == UInt8(ascii: ";") else { return nil }
                index += 1
                table[key] = value
            }
        }
    }
}
