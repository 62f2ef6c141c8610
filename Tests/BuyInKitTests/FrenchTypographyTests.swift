@testable import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// Every sentence of the French table, rendered with sample values, as a French reader would see
/// it: French spacing and quotation marks, « n° » for numbers, no English left behind. English
/// keeps its own rules (`9%`, no French spaces).
@Suite struct FrenchTypographyTests {
    static let french = try! Localizer.loadTable(.fr)
    static let english = try! Localizer.loadTable(.en)

    /// Keys that are not sentences: words a person may type, and the English patterns of the parser.
    static func isSentence(_ key: String) -> Bool {
        !key.hasSuffix(".aliases") && !key.hasSuffix(".words") && !key.hasPrefix("form.")
    }

    /// The value with each placeholder filled as a command would fill it: a name, a number.
    static func rendered(_ template: String) -> String {
        Localizer.fill(template, with: Array(repeating: "12", count: 6)).replacingOccurrences(of: "%%", with: "%")
    }

    /// Commands and options quoted in a sentence are buyin's own words, the same in every language;
    /// a command's quoted arguments are shell syntax, to paste as they are.
    static func withoutCommands(_ text: String) -> String {
        var text = text.replacingOccurrences(of: #"buyin( [a-z][a-z-]*| "[^"]*")+"#, with: "", options: .regularExpression)
        // An option of a command shown, with the value it takes in shell quotes.
        text = text.replacingOccurrences(of: #"--[a-z][a-z-]*( "[^"]*")?"#, with: "", options: .regularExpression)
        return text.replacingOccurrences(of: #"[A-Z_]+=\S*|\$[A-Z]+|~/\S+|\S+\.sqlite"#, with: "", options: .regularExpression)
    }

    static let englishWords = [
        "the", "and", "with", "you", "your", "did", "mean", "default", "expected", "unexpected", "missing", "invalid",
        "value", "please", "provide", "meeting", "stakeholder", "answered", "resolved", "accepted", "supporter", "blocker",
        "skeptic", "business", "inbound", "kick-off", "such", "file", "directory", "denied", "error", "option '",
    ]

    @Test func frenchSpacingQuotesAndNumbers() {
        var faults: [String] = []
        for (key, template) in Self.french where Self.isSentence(key) {
            let text = Self.rendered(template)
            for mark in [":", ";", "!", "?", "%", "»"] where text.contains(" " + mark) {
                faults.append("\(key): an ordinary space before \(mark): \(text)")
            }
            if text.contains("« ") { faults.append("\(key): an ordinary space after «: \(text)") }
            // After a word, not as a symbol of its own (`· ? inconnue` in the map's legend).
            if text.range(of: #"[\p{L}\p{N}»)%@]\u{00A0}[;!?]"#, options: .regularExpression) != nil {
                faults.append("\(key): a no-break space, not the narrow one, before ; ! or ?: \(text)")
            }
            let prose = Self.withoutCommands(text).replacingOccurrences(of: #""[A-ZÉÈÀ]+""#, with: "", options: .regularExpression)
            if prose.contains("'") || prose.contains("\"") { faults.append("\(key): straight quotation marks: \(text)") }
            if text.range(of: #"#\s*\d"#, options: .regularExpression) != nil { faults.append("\(key): # before a number: \(text)") }
        }
        #expect(faults == [])
    }

    @Test func noEnglishInFrench() {
        var faults: [String] = []
        for (key, template) in Self.french where Self.isSentence(key) {
            let prose = Self.withoutCommands(Self.rendered(template)).lowercased()
            for word in Self.englishWords {
                let pattern = word.hasSuffix(" '") ? NSRegularExpression.escapedPattern(for: word) : "\\b\(NSRegularExpression.escapedPattern(for: word))\\b"
                if prose.range(of: pattern, options: .regularExpression) != nil { faults.append("\(key): “\(word)” in \(prose)") }
            }
        }
        #expect(faults == [])
    }

    @Test func englishKeepsItsOwnRules() {
        var faults: [String] = []
        for (key, template) in Self.english where Self.isSentence(key) {
            let text = Self.rendered(template)
            if text.contains("\u{00A0}") || text.contains("\u{202F}") { faults.append("\(key): a French space in English") }
            if text.range(of: #"\d %"#, options: .regularExpression) != nil { faults.append("\(key): a space before % in English") }
        }
        #expect(faults == [])
        let english = Localizer.loadOrBare(.en), french = Localizer.loadOrBare(.fr)
        #expect(MetricText.value(9, unit: "%", english) == "9%")
        #expect(MetricText.value(9, unit: "%", french) == "9\u{202F}%")
        #expect(Alignment.range(baseline: "1800", target: "2400", unit: "k€", french) == "1\u{202F}800 → 2\u{202F}400\u{00A0}k€")
        #expect(Alignment.range(baseline: "1800", target: "2400", unit: "k€", english) == "1,800 → 2,400 k€")
    }
}
