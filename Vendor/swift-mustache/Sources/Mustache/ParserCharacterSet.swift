//
// buyin's patch to swift-mustache (see PATCHES.md), not part of the upstream package.
//

/// The characters a name or a stretch of text is read up to, asked about one character at a
/// time: an ASCII character is found in a bitmap, any other in a set. Looking every character up
/// in a `Set<Character>` hashed each one, most of the cost of parsing a template.
struct ParserCharacterSet: ExpressibleByArrayLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: Set<Character> = []

    init<Characters: Sequence>(_ characters: Characters) where Characters.Element == Character {
        for character in characters { insert(character) }
    }

    init(arrayLiteral characters: Character...) {
        self.init(characters)
    }

    mutating func insert(_ character: Character) {
        guard let byte = Self.ascii(character) else { others.insert(character); return }
        if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
    }

    func contains(_ character: Character) -> Bool {
        guard let byte = Self.ascii(character) else { return others.contains(character) }
        return byte < 64 ? low & (1 << byte) != 0 : high & (1 << (byte - 64)) != 0
    }

    /// Whether the ASCII character of this byte is in the set (`byte` < 0x80).
    @inline(__always) func contains(ascii byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << byte) != 0 : high & (1 << (byte - 64)) != 0
    }

    /// The byte of a one-byte character; nil for any other, "\r\n" among them.
    private static func ascii(_ character: Character) -> UInt8? {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first, byte < 0x80 else { return nil }
        return byte
    }
}
