@testable import BuyInKit
import GRDB
import Testing

/// Days and words are read straight from SQLite's column bytes (`DatabaseValues.swift`): each
/// stored identifier reads as its word, a day as its date, and any other text (a value edited by
/// hand into the file) is refused, never taken for another word.
@Suite struct ColumnReadingTests {
    static func read<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, _ text: String?) throws -> Value? {
        try DatabaseQueue().read { db in try Value.fetchOne(db, sql: "SELECT ?", arguments: [text]) }
    }

    @Test func everyWordReadsBackAsItself() throws {
        for stance in Stance.allCases { #expect(try Self.read(Stance.self, stance.rawValue) == stance) }
        for channel in Channel.allCases { #expect(try Self.read(Channel.self, channel.rawValue) == channel) }
        for status in ObjectionStatus.allCases { #expect(try Self.read(ObjectionStatus.self, status.rawValue) == status) }
        for kind in WinKind.allCases { #expect(try Self.read(WinKind.self, kind.rawValue) == kind) }
        for category in ObjectionCategory.allCases { #expect(try Self.read(ObjectionCategory.self, category.rawValue) == category) }
        #expect(try Self.read(Stance.self, nil) == nil)
        for text in ["Neutral", "neutra", "neutrall", "", "neutral ", "skeptic\u{301}", "blocker\u{1B}"] {
            #expect(throws: (any Error).self) { try Self.read(Stance.self, text) }
        }
    }

    @Test func aDayReadsOnlyFromItsTenISOBytes() throws {
        #expect(try Self.read(Day.self, "2026-11-24") == Day(year: 2026, month: 11, day: 24))
        #expect(try Self.read(Day.self, "2028-02-29") == Day(year: 2028, month: 2, day: 29))
        for text in ["2026-13-01", "2026-02-30", "2026-1-24", "2026/11/24", "2026-11-2a", "2026-11-240", "", "０２６-11-24", "2026-11-24 "] {
            #expect(throws: (any Error).self) { try Self.read(Day.self, text) }
            #expect(Day(iso: text) == nil, "\(text)")
        }
    }
}
