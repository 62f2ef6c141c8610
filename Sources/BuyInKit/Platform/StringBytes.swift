import Foundation

/// Text helpers that work on a string's UTF-8 bytes. Foundation's search and replace go through
/// `NSString` on Linux, which made translating one help page cost more than the rest of the run.
extension String {
    /// The text without surrounding spaces and line breaks.
    public var trimmed: String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    /// Whether the UTF-8 text holds a byte such as `%` or a line feed. memchr(3) on the
    /// string's own storage: the generic search went byte by byte through every listing cell.
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether every byte is printable ASCII (space to `~`): text a terminal shows as it is, one
    /// column a byte, as nearly every listing cell is.
    public var isPrintableASCII: Bool {
        utf8.withContiguousStorageIfAvailable(PrintableASCII.holdsOnly) ?? utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    }

    /// The first (or last) range of `needle`, compared byte for byte. A match of valid UTF-8 in
    /// valid UTF-8 always starts and ends between Unicode scalars, so the range slices safely.
    public func byteRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        self[...].byteRange(of: needle, backwards: backwards)
    }

    /// Every occurrence of `target` replaced, compared byte for byte.
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        // memchr(3) for the first byte answers the common case (nothing to replace) at once.
        guard let first = target.utf8.first, containsByte(first), var found = byteRange(of: target) else { return self }
        var result = ""
        var rest = self[...]
        while true {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
            guard let next = rest.byteRange(of: target) else { break }
            found = next
        }
        result += rest
        return result
    }
}

extension Substring {
    public func byteRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        guard !needle.isEmpty else { return startIndex..<startIndex }
        var haystack = self
        var needle = needle
        let found: Int? = haystack.withUTF8 { text in
            needle.withUTF8 { wanted in Self.offset(of: wanted, in: text, backwards: backwards) }
        }
        guard let found else { return nil }
        let start = utf8.index(startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// memchr(3) to each candidate first byte, then memcmp(3); backwards, memcmp from the last
    /// place a match could start.
    private static func offset(of wanted: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, backwards: Bool) -> Int? {
        guard let base = text.baseAddress, let pattern = wanted.baseAddress, wanted.count <= text.count else { return nil }
        let lastStart = text.count - wanted.count
        if !backwards {
            var start = 0
            while start <= lastStart, let hit = memchr(base + start, Int32(pattern[0]), lastStart - start + 1) {
                let candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + candidate, pattern, wanted.count) == 0 { return candidate }
                start = candidate + 1
            }
            return nil
        }
        for start in stride(from: lastStart, through: 0, by: -1) where memcmp(base + start, pattern, wanted.count) == 0 {
            return start
        }
        return nil
    }
}

extension String {
    /// The text as one line that cannot steer a terminal: line breaks, escape sequences and
    /// direction overrides (from a value the person typed, echoed in an error) are shown as
    /// `\n`, `\u{1B}`… instead of acting. Plain text, the usual case, is returned as it is.
    public var shownOnOneLine: String {
        // Listings pass every cell through here: a byte scan finds the few that hold one (a
        // `—` or `€` begins with 0xE2 too, and is not walked again scalar by scalar).
        guard ActiveText.mayHold(self, allowingLayout: false), unicodeScalars.contains(where: ActiveText.isActive) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            case _ where ActiveText.isActive(scalar): shown += ActiveText.visible(scalar)
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

/// Printable ASCII (space to `~`) tested eight bytes at a time: the scans that look for the rare
/// byte that needs care (a control, a character that acts, a byte to escape) pass over
/// everything else a word at a time.
enum PrintableASCII {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether all eight bytes of the word are in 0x20…0x7E: no byte below 0x20 (the borrow
    /// test sets a byte's high bit for each one below) and none above 0x7E (adding 1 to the low
    /// seven bits carries into the high bit, or the high bit is set already).
    @inline(__always) static func holdsOnly(_ word: UInt64) -> Bool {
        let below = (word &- ones &* 0x20) & ~word & highBits
        let above = ((word & ~highBits) &+ ones) | word
        return (below | above & highBits) == 0
    }

    /// The eight bytes from `index` (which has eight after it), in memory order.
    @inline(__always) static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// Whether every byte of the buffer is printable ASCII.
    static func holdsOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            guard holdsOnly(word(bytes, at: index)) else { return false }
            index += 8
        }
        return bytes[index...].allSatisfy { $0 &- 0x20 < 0x5F }
    }
}

/// A set of ASCII bytes as a 128-bit map: asked of every byte of a document's text, where a
/// `switch` or a closure per byte cost several times more.
struct ASCIISet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// One byte above ASCII the set holds too, if any.
    private var other: UInt8?

    init(_ characters: String, alsoByte other: UInt8? = nil) {
        for byte in characters.utf8 {
            precondition(byte < 0x80, "an ASCIISet holds ASCII")
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
        precondition(other.map { $0 >= 0x80 } ?? true, "the other byte is above ASCII")
        self.other = other
    }

    /// This set with more ASCII characters.
    func adding(_ characters: String) -> ASCIISet {
        var set = ASCIISet(characters, alsoByte: other)
        set.low |= low
        set.high |= high
        return set
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << byte) != 0 : byte < 128 ? high & (1 << (byte &- 64)) != 0 : byte == other
    }

    /// Whether the bytes hold one of the set's. A loop over the bytes rather than
    /// `contains(where:)`, whose closure was called for each byte (callgrind: 2.5 M
    /// instructions for a 1,000-meeting pre-read's text).
    func isFound(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where contains(byte) { return true }
        return false
    }
}
