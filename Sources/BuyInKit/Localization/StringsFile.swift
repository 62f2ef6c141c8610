import Foundation

/// Reads the `"key" = "value";` format of a `.strings` file, with `/* */` and `//` comments and
/// the escapes `\"`, `\\`, `\n`, `\t`. Our own reader: Foundation's property-list parser took
/// most of buyin's start-up time, and every command starts by reading a table.
public enum StringsFile {
    /// The table, or nil when the text is not in that format.
    public static func parse(_ data: Data) -> [String: String]? {
        let bytes = [UInt8](data)
        var table: [String: String] = [:]
        table.reserveCapacity(bytes.count / 60)
        var index = 0

        func skipSpaceAndComments() {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    index += 1
                } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                    index += 2
                    while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                    index += 2
                } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                } else {
                    return
                }
            }
        }

        func quoted() -> String? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            var value: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: value, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    switch next {
                    case UInt8(ascii: "n"): value.append(0x0A)
                    case UInt8(ascii: "t"): value.append(0x09)
                    case UInt8(ascii: "r"): value.append(0x0D)
                    default: value.append(next)
                    }
                    index += 2
                    continue
                }
                value.append(byte)
                index += 1
            }
            return nil
        }

        while true {
            skipSpaceAndComments()
            if index >= bytes.count { return table }
            guard let key = quoted() else { return nil }
            skipSpaceAndComments()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            skipSpaceAndComments()
            guard let value = quoted() else { return nil }
            skipSpaceAndComments()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
            index += 1
            table[key] = value
        }
    }
}
