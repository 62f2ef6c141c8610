import Foundation

/// Reads the `"key" = "value";` format of a `.strings` file, with `/* */` and `//` comments and
/// the escapes `\"`, `\\`, `\n`, `\t`. Our own reader: Foundation's property-list parser took
/// most of buyin's start-up time, and every command starts by reading a table.
public enum StringsFile {
    /// The table, or nil when the text is not in that format.
    public static func parse(_ data: Data) -> [String: String]? {
        table(data)?.all
    }

    /// The table as an index into the file's bytes, or nil when the text is not in that format.
    public static func table(_ data: Data) -> StringsTable? {
        // Every command reads its table first; reading the bytes in place (no bounds checks, no
        // per-byte copy) halved this parse under callgrind.
        data.withUnsafeBytes { raw -> StringsTable? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
            var table = StringsTable(bytes: data, expectedCount: count / 60)
            var index = 0

            /// The next `byte` at or after `from`, found by memchr(3): nearly all of a table is
            /// the text inside quotes and comments, crossed here (a byte at a time was 0.7 M
            /// instructions of every start-up).
            func next(_ byte: UInt8, from: Int, before limit: Int? = nil) -> Int? {
                let limit = limit ?? count
                guard from < limit, let found = memchr(bytes.baseAddress! + from, Int32(byte), limit - from) else { return nil }
                return UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
            }

            func skipSpaceAndComments() {
                while index < count {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                        index += 1
                    } else if byte == slash, index + 1 < count, bytes[index + 1] == star {
                        index += 2
                        var closing = next(star, from: index)
                        while let found = closing, found + 1 < count, bytes[found + 1] != slash { closing = next(star, from: found + 1) }
                        index = (closing ?? count) + 2
                    } else if byte == slash, index + 1 < count, bytes[index + 1] == slash {
                        while index < count, bytes[index] != 0x0A { index += 1 }
                    } else {
                        return
                    }
                }
            }

            func quoted() -> StringsTable.Span? {
                guard index < count, bytes[index] == quote else { return nil }
                let start = index + 1
                var end = start
                var hasEscapes = false
                while true {
                    guard let closing = next(quote, from: end) else { return nil }
                    // A backslash before the quote escapes the byte after it, which may be that quote.
                    if let escape = next(backslash, from: end, before: closing) {
                        hasEscapes = true
                        end = escape + 2
                        continue
                    }
                    end = closing
                    break
                }
                index = end + 1
                return StringsTable.Span(start: Int32(start), end: Int32(end), hasEscapes: hasEscapes)
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
                table.add(key: key, value: value, in: bytes)
            }
        }
    }
}

/// A translation table: the file's bytes, and where each key's value lies in them.
///
/// Why not `[String: String]`: every command reads a table of a thousand entries and looks up a
/// few dozen. Making two strings per entry and hashing each key into a dictionary was half of
/// `buyin --version` (callgrind: 2.1 M of 4.0 M instructions). Here an entry is four offsets
/// filed under a 64-bit hash of its key's bytes in a plain open-addressed table (a `Dictionary`
/// keyed by that hash still spent 0.5 M hashing the hash), and a value becomes a string only
/// when it is looked up.
public struct StringsTable: Sendable {
    struct Span: Sendable {
        let start: Int32, end: Int32
        let hasEscapes: Bool
    }

    private struct Entry: Sendable {
        let hash: UInt64
        var key: Span, value: Span
    }

    private let bytes: Data
    private var entries: [Entry] = []
    /// Each entry's place in `entries` plus one, at its hash's slot or the next free one after it;
    /// 0 is a free slot. Never more than half full, so a search soon meets a free slot.
    private var slots: [Int32]
    /// Keys written with escapes: none in our files, but a table must not lose one.
    private var setAside: [String: String] = [:]

    public static let empty = StringsTable(bytes: Data(), expectedCount: 0)

    init(bytes: Data, expectedCount: Int) {
        self.bytes = bytes
        entries.reserveCapacity(expectedCount)
        slots = Array(repeating: 0, count: Self.slotCount(for: expectedCount))
    }

    private static func slotCount(for entries: Int) -> Int {
        var count = 16
        while count < entries * 2 { count *= 2 }
        return count
    }

    public var isEmpty: Bool { entries.isEmpty && setAside.isEmpty }

    mutating func add(key: Span, value: Span, in file: UnsafeBufferPointer<UInt8>) {
        let keyBytes = Self.slice(file, key)
        guard !key.hasEscapes else {
            let text = Self.decode(keyBytes, true)
            setAside[text] = Self.decode(Self.slice(file, value), value.hasEscapes)
            return
        }
        let hash = Self.hash(keyBytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let filed = Int(slots[slot]) - 1
            // A later entry for a key wins, as in Foundation's reader.
            if entries[filed].hash == hash && Self.same(Self.slice(file, entries[filed].key), keyBytes) {
                entries[filed].value = value
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        entries.append(Entry(hash: hash, key: key, value: value))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { refile() }
    }

    private mutating func refile() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (place, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(place + 1)
        }
    }

    /// The value of a key, nil when the table has none.
    public subscript(key: String) -> String? {
        if !setAside.isEmpty, let value = setAside[key] { return value }
        var key = key
        return key.withUTF8 { wanted -> String? in
            let hash = Self.hash(wanted)
            return bytes.withUnsafeBytes { raw -> String? in
                let file = raw.bindMemory(to: UInt8.self)
                var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
                while slots[slot] != 0 {
                    let entry = entries[Int(slots[slot]) - 1]
                    if entry.hash == hash && Self.same(Self.slice(file, entry.key), wanted) {
                        return Self.decode(Self.slice(file, entry.value), entry.value.hasEscapes)
                    }
                    slot = (slot + 1) & (slots.count - 1)
                }
                return nil
            }
        }
    }

    /// Every key and value, for the tests that compare the two languages' tables.
    public var all: [String: String] {
        bytes.withUnsafeBytes { raw in
            let file = raw.bindMemory(to: UInt8.self)
            var all = setAside
            for entry in entries {
                all[Self.decode(Self.slice(file, entry.key), entry.key.hasEscapes)] = Self.decode(Self.slice(file, entry.value), entry.value.hasEscapes)
            }
            return all
        }
    }

    private static func slice(_ file: UnsafeBufferPointer<UInt8>, _ span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: file[Int(span.start)..<Int(span.end)])
    }

    private static func same(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        one.count == other.count && (one.isEmpty || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0)
    }

    /// FNV-1a: a key is a few dozen ASCII bytes, and the table is built on every start-up.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private static func decode(_ quoted: UnsafeBufferPointer<UInt8>, _ hasEscapes: Bool) -> String {
        guard hasEscapes else { return String(decoding: quoted, as: UTF8.self) }
        let backslash = UInt8(ascii: "\\")
        var value: [UInt8] = []
        value.reserveCapacity(quoted.count)
        var position = 0
        while position < quoted.count {
            let byte = quoted[position]
            guard byte == backslash, position + 1 < quoted.count else {
                value.append(byte)
                position += 1
                continue
            }
            switch quoted[position + 1] {
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "r"): value.append(0x0D)
            case let other: value.append(other)
            }
            position += 2
        }
        return String(decoding: value, as: UTF8.self)
    }
}
