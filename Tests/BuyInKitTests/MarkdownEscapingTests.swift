import BuyInKit
import Testing

/// A person's text in the Markdown pre-read: plain text passes as it is (without a second
/// copy, the usual cell), and every kind of text that needs a backslash or a space still gets it.
@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("Walked through the pilot", "Walked through the pilot"),
        ("Déploiement prévu, budget 50.5 k€", "Déploiement prévu, budget 50.5 k€"),
        ("", ""),
        ("Costs | too high", "Costs \\| too high"),
        ("# not a heading", "\\# not a heading"),
        ("  # indented", "  \\# indented"),
        ("- not a bullet", "\\- not a bullet"),
        ("first line\nsecond", "first line second"),
        ("first line\r\nsecond", "first line second"),
        ("1. Not a list", "1\\. Not a list"),
        ("2026 budget", "2026 budget"),
        ("a_b*c", "a\\_b\\*c"),
    ])
    func textIsEscapedWhereMarkdownWouldReadIt(typed: String, written: String) {
        #expect(MarkdownEscaping().escapeText(typed) == written)
    }
}
