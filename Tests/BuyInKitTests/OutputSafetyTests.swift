@testable import BuyInKit
import Foundation
import Testing

/// The pieces every output goes through: characters that act, columns a terminal draws,
/// addresses and their passwords, excerpts of long texts.
@Suite struct OutputSafetyTests {
    @Test func theTerminalSeesSequencesWithoutObeyingThem() {
        let text = "a\u{1B}]52;c;ZXZpbA==\u{07}b\u{9B}2Jc\u{202E}d\r\ne\tf\u{7F}"
        let shown = ActiveText.shownOnTerminal(text)
        #expect(shown == "a\\u{1B}]52;c;ZXZpbA==\\u{7}b\\u{9B}2Jc\\u{202E}d\r\ne\tf\\u{7F}")
        #expect(ActiveText.shownOnTerminal("real\rfake") == "real\\u{D}fake")
        #expect(ActiveText.shownOnTerminal("abc\u{200F}def\u{61C}") == "abc\\u{200F}def\\u{61C}")
        // buyin's own bold passes when colour is on; the same bytes planted by a person pass as
        // a style at most, and anything else is shown.
        let styles = ["\u{1B}[1m", "\u{1B}[0m"]
        #expect(ActiveText.shownOnTerminal("\u{1B}[1mTitle\u{1B}[0m \u{1B}[2J", keeping: styles) == "\u{1B}[1mTitle\u{1B}[0m \\u{1B}[2J")
        #expect(ActiveText.shownOnTerminal("plain — €") == "plain — €")
    }

    @Test func documentsDropThemAndJSONEscapesThem() throws {
        #expect(ActiveText.droppedFromDocument("a\u{1B}[2Jb\u{07}\nc\u{202E}d\u{85}") == "a[2Jb\ncd")
        // A rendered pre-read's bytes, the same way.
        #expect(ActiveText.droppedFromDocument(Array("a\u{1B}[2Jb\u{07}\nc\u{202E}d\u{85}".utf8)) == Array("a[2Jb\ncd".utf8))
        #expect(ActiveText.droppedFromDocument(Array("Zoé — 50 €\n\tok".utf8)) == Array("Zoé — 50 €\n\tok".utf8))
        let json = ActiveText.escapedInJSON("{\"t\":\"x\u{202E}y\u{85}z\u{7F}\"}")
        #expect(json == "{\"t\":\"x\\u202ey\\u0085z\\u007f\"}")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: String]
        #expect(decoded["t"] == "x\u{202E}y\u{85}z\u{7F}")
    }

    /// The scans read eight bytes at a time: a byte that needs care is found at every place
    /// in a word and across the end of one, and a text without one (accents, dashes, every
    /// printable ASCII byte) is passed over, as a byte-by-byte look would find.
    @Test func aCharacterThatActsIsFoundWhereverItFalls() {
        let plain = "Budget — déploiement Zoé € ~ !"
        for active in ["\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2028}", "\u{200F}", "\u{61C}", "\u{2069}"] {
            for offset in 0...plain.count {
                var text = plain
                text.insert(contentsOf: active, at: text.index(text.startIndex, offsetBy: offset))
                #expect(ActiveText.mayHold(text, allowingLayout: true), "\(offset)")
                #expect(ActiveText.droppedFromDocument(text) == plain)
            }
        }
        let everyPrintable = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        #expect(!ActiveText.mayHold(everyPrintable + plain + "\n\t", allowingLayout: true))
        #expect(ActiveText.mayHold(everyPrintable + "\n", allowingLayout: false))
    }

    /// Every byte value at every place of a word: the word test says "printable ASCII only"
    /// exactly when each of its bytes is 0x20…0x7E.
    @Test func aWordIsPrintableASCIIWhenEachOfItsBytesIs() {
        for byte in 0...255 {
            for place in 0..<8 {
                var bytes = Array("abcdefgh".utf8)
                bytes[place] = UInt8(byte)
                let word = bytes.withUnsafeBufferPointer { PrintableASCII.word($0, at: 0) }
                #expect(PrintableASCII.holdsOnly(word) == (0x20...0x7E).contains(byte), "byte \(byte) at \(place)")
            }
        }
    }

    /// The byte maps the escapings scan with hold exactly the characters each escapes.
    @Test func theEscapingsLookForTheirOwnCharacters() {
        for byte in UInt8(0)...UInt8(255) {
            #expect(MarkdownEscaping.special.contains(byte) == Array("\\`*_[]<>|~&".utf8).contains(byte), "\(byte)")
            #expect(MarkdownEscaping.specialOrLineBreak.contains(byte) == Array("\\`*_[]<>|~&\n\r".utf8).contains(byte), "\(byte)")
            #expect(MarkdownEscaping.specialAtStart.contains(byte) == Array("#+-=>".utf8).contains(byte), "\(byte)")
            #expect(HTMLEscaping.special.contains(byte) == [0x3C, 0x3E, 0x26, 0x22, 0x27].contains(byte), "\(byte)")
            #expect(HTMLEscaping.specialOrNoBreak.contains(byte) == [0x3C, 0x3E, 0x26, 0x22, 0x27, 0xA0].contains(byte), "\(byte)")
        }
        #expect(HTMLEscaping().escapeText("a 'b' & <c> \"d\"") == "a &#39;b&#39; &amp; &lt;c&gt; &quot;d&quot;")
        #expect(HTMLEscaping().escapeText("le 1er\u{A0}mars") == "le 1<sup>er</sup>\u{A0}mars")
        #expect(HTMLEscaping(superscriptsOrdinals: false).escapeText("le 1er\u{A0}mars") == "le 1er\u{A0}mars")
        #expect(MarkdownEscaping().escapeText("plain text, 50.5 € and more") == "plain text, 50.5 € and more")
        #expect(MarkdownEscaping().escapeText("a|b\nc_d") == "a\\|b c\\_d")
    }

    /// A listing's cell: on one line, what acts shown rather than obeyed, measured as drawn.
    @Test func aCellIsShownOnOneLineAndMeasuredAsDrawn() {
        #expect(DisplayWidth.cell("Margaret") == ("Margaret", 8))
        #expect(DisplayWidth.cell("") == ("", 0))
        #expect(DisplayWidth.cell("王小明") == ("王小明", 6))
        #expect(DisplayWidth.cell("first\nsecond") == ("first second", 12))
        #expect(DisplayWidth.cell("Café · 50 €") == ("Café · 50 €", 11))
        let planted = DisplayWidth.cell("x\u{1B}[2Jy\u{202E}z")
        #expect(planted.shown == "x\\u{1B}[2Jy\\u{202E}z" && planted.width == planted.shown.count)
    }

    @Test func columnsAreWhatATerminalDraws() {
        #expect(DisplayWidth.of("Margaret") == 8)
        #expect(DisplayWidth.of("王小明") == 6)
        #expect(DisplayWidth.of("Ｆｕｌｌ") == 8)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇫🇷") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("Rene\u{301}") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.pad("王", 4) == "王  ")
        #expect(DisplayWidth.fit("王小明王小明", 7) == "王小明…")
    }

    @Test func everyAddressFormLibpqReadsIsAServer() {
        for address in ["postgresql://alice@db/buyin", "postgres://db", "POSTGRESQL://db/buyin", "Postgres://db",
                        "host=db user=alice", "  dbname=buyin", "service=team", "sslnegotiation=direct host=db", "HOST=db", "user = alice password=x"] {
            #expect(ConnectionString.isServer(address), "\(address)")
        }
        for path in ["buyin.sqlite", "/home/a/b=c.sqlite", "./host=x", "~/buyin.sqlite", "postgresql.sqlite", "notakeyword=1"] {
            #expect(!ConnectionString.isServer(path), "\(path)")
        }
        #expect(ConnectionString.normalized("POSTGRESQL://Alice@DB/Buyin") == "postgresql://Alice@DB/Buyin")
        #expect(ConnectionString.normalized("host=DB") == "host=DB")
    }

    @Test func passwordsNeverReachAMessage() {
        let cases: [(String, String)] = [
            ("no buyin database at postgresql://alice:s3cret@db/buyin yet", "s3cret"),
            ("error: Unexpected argument 'host=db password=s3cret user=a'", "s3cret"),
            ("password = 'two words' host=db", "two words"),
            ("postgresql://db/buyin?user=a&password=s3cret&sslmode=require", "s3cret"),
            ("POSTGRES://alice:s3cret@db", "s3cret"),
            ("could not connect to postgresql://u:pa?ss'word@h/db", "pa?ss'word"),
        ]
        for (message, secret) in cases {
            let redacted = ConnectionString.redactingPasswords(in: message)
            #expect(!redacted.contains(secret) && redacted.contains("***"), "\(redacted)")
        }
        // libpq quotes a malformed part back without saying it is a password.
        let conninfo = "postgresql://alice:se%zzcret@db/buyin"
        let said = ConnectionString.redacting("invalid percent-encoded token: \"se%zzcret\"", conninfo: conninfo)
        #expect(!said.contains("zzcret"), "\(said)")
        #expect(ConnectionString.redactingPasswords(in: "the meeting went well") == "the meeting went well")
    }

    /// A 5 MB note whose only match is at its end: the excerpt is around it, cut on both sides
    /// only where text was left out.
    @Test func anExcerptOfAVeryLongTextIsAroundItsMatch() throws {
        let query = try SearchQuery("needle")
        let long = String(repeating: "lorem ipsum dolor sit amet ", count: 200_000) + "the needle is here"
        let excerpt = SearchExcerpt(of: long, matching: query)
        #expect(excerpt.parts.contains { $0.isMatch && $0.text == "needle" })
        #expect(excerpt.parts.first?.text == "…" && excerpt.parts.last?.text != "…")
        #expect(excerpt.text.count < 200)
        let short = SearchExcerpt(of: "a needle in a short text", matching: query)
        #expect(short.text == "a needle in a short text")
        let accented = SearchExcerpt(of: String(repeating: "x ", count: 5_000) + "Élève NEEDLES", matching: try SearchQuery("eleve needle"))
        #expect(accented.parts.filter(\.isMatch).map(\.text) == ["Élève", "NEEDLES"])
    }
}
