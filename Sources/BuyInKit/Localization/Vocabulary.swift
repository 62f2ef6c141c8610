import Foundation

/// A closed set of words stored as language-neutral identifiers (`skeptic`, `open`) and read and
/// typed in either language (`sceptique`, `Sceptique`, `SKEPTIC`, `ouverte`).
public protocol VocabularyWord: RawRepresentable, CaseIterable, Sendable, Codable where RawValue == String {
    /// The prefix of this vocabulary's keys in the translation files, such as `stance`.
    static var kind: BuyInError.WordKind { get }
}

extension Localizer {
    /// Every word of a vocabulary in the reader's language (all its cases are keys), for listings
    /// that would otherwise look the same few words up again on every row.
    public func words<Word: VocabularyWord & Hashable>(_ vocabulary: Word.Type) -> [Word: String] {
        Dictionary(uniqueKeysWithValues: Word.allCases.map { ($0, $0.word(self)) })
    }
}

extension VocabularyWord {
    /// The word in the reader's language.
    public func word(_ l: Localizer) -> String { l.text(Self.kind.rawValue + "." + rawValue) }

    /// Reads a word typed in English or French, in any case, with or without accents.
    public static func parse(_ input: String) throws -> Self {
        // Most input is the identifier itself ("neutral", "video"): no table, no folding needed.
        if let exact = Self(rawValue: input) { return exact }
        let wanted = Vocabulary.fold(input)
        for candidate in allCases where Vocabulary.spellings(of: candidate).contains(wanted) {
            return candidate
        }
        throw BuyInError.invalidWord(kind: kind, value: input)
    }
}

/// The spellings both languages accept, and the folding that makes input forgiving.
public enum Vocabulary {
    /// Both languages' tables, loaded once: input is accepted in either language whatever the reader's.
    static let tables: [Localizer] = Language.allCases.map { Localizer.loadOrBare($0) }

    /// Lowercased, accents removed, dashes and apostrophes read as spaces.
    public static func fold(_ text: String) -> String {
        if let ascii = foldASCII(text) { return ascii }
        let stripped = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let spaced = stripped.map { "-_'’".contains($0) ? " " : $0 }
        return String(spaced).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same folding for plain ASCII text, without Foundation's `NSString` round trip, which
    /// cost a quarter of a millisecond on first use: names, slugs and vocabulary are mostly ASCII.
    static func foldASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isSeparator = byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "'")
            if isSeparator {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(UInt8(ascii: " ")); pendingSpace = false }
            bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func spellings<Word: VocabularyWord>(of word: Word) -> Set<String> {
        var result: Set<String> = [fold(word.rawValue)]
        let key = "\(Word.kind.rawValue).\(word.rawValue)"
        for table in tables {
            result.insert(fold(table.text(key)))
            if table.has("\(key).aliases") {
                for alias in table.text("\(key).aliases").split(separator: ",") { result.insert(fold(String(alias))) }
            }
        }
        return result
    }

    /// The accepted words of a vocabulary in the reader's language, for error messages and help.
    public static func accepted(_ kind: BuyInError.WordKind, _ l: Localizer) -> String {
        let ids: [String]
        switch kind {
        case .stance: ids = Stance.allCases.map(\.rawValue)
        case .channel: ids = Channel.allCases.map(\.rawValue)
        case .category: ids = ObjectionCategory.allCases.map(\.rawValue)
        case .objectionStatus: ids = ObjectionStatus.allCases.map(\.rawValue)
        case .winKind: ids = WinKind.allCases.map(\.rawValue)
        case .outcome: ids = DecisionOutcome.allCases.map(\.rawValue)
        case .decisionRole: ids = DecisionRole.allCases.map(\.rawValue)
        }
        return ids.map { l.text("\(kind.rawValue).\($0)") }.joined(separator: ", ")
    }
}

extension Vocabulary {
    /// The words a person may type for `key` in one language (`<key>.words`), folded.
    static func words(_ table: Localizer, _ key: String) -> [String] {
        table.text("\(key).words").split(separator: ",").map { fold(String($0)) }.filter { !$0.isEmpty }
    }

    /// Whether already-folded text is one of the words for `key`, in either language.
    static func matches(_ folded: String, _ key: String) -> Bool {
        tables.contains { words($0, key).contains(folded) }
    }

    /// Whether an answer is yes, in either language (`y`, `yes`, `o`, `oui`).
    public static func isYes(_ answer: String) -> Bool {
        matches(fold(answer), "confirm.yes")
    }
}
