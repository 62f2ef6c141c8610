import BuyInTestSupport
import Foundation
import Testing

/// Every kind of message swift-argument-parser writes, as a French reader gets it: one line,
/// in French, with French quotation marks.
@Suite struct FrenchParserTests {
    static let cases: [(kind: String, arguments: [String], expected: String)] = [
        ("unknown option, with a suggestion", ["status", "--campain", "x"], "Vouliez-vous dire «\u{00A0}--campaign\u{00A0}»"),
        ("unknown option", ["status", "--frobnicate"], "option inconnue"),
        ("a value given to a flag", ["objection", "answer", "1", "Réponse", "--confirmed=oui"], "ne prend pas de valeur"),
        ("missing argument", ["start"], "argument attendu manquant"),
        ("one unexpected argument", ["status", "extra"], "argument inattendu"),
        ("several unexpected arguments", ["status", "stakholder", "list"], "arguments inattendus"),
        ("invalid value", ["brief", "--format", "pptx"], "n’est pas valide pour"),
        ("missing value", ["brief", "--format"], "valeur manquante"),
        ("unknown subcommand", ["meeting", "zzz"], "inattendu"),
        ("unsupported shell", ["--generate-completion-script", "klingon"], "impossible de générer un script de complétion"),
    ]

    static let englishWords = ["Unknown", "Did you mean", "does not take", "was specified", "Missing", "Unexpected", "unexpected",
                               "The value", "is invalid", "Error", "Usage", "Help", "default", "Please", "Can't", "shell not"]

    @Test(arguments: cases.indices)
    func parserMessagesInFrench(index: Int) {
        let errorCase = Self.cases[index]
        let buyin = Buyin.withStakeholder(language: "fr")
        let result = buyin.run(errorCase.arguments, expect: 64)
        #expect(result.errLines.count == 1, "\(errorCase.kind): \(result.err)")
        #expect(result.err.contains(errorCase.expected), "\(errorCase.kind): \(result.err)")
        for word in Self.englishWords { #expect(!result.err.contains(word), "\(errorCase.kind): “\(word)” in \(result.err)") }
        #expect(!result.err.contains("'"), "\(errorCase.kind): straight quotes in \(result.err)")
    }

    @Test func defaultSubcommandInFrenchHelp() {
        let help = Buyin(language: "fr").run(["followups", "--help"], expect: 0).out
        #expect(help.contains("(par défaut)"), "\(help)")
        #expect(!help.contains("(default)"))
    }

    /// What the system says about a file, in French too.
    @Test func systemErrorsInFrench() {
        let buyin = Buyin.withStakeholder(language: "fr")
        let notAFolder = buyin.run(["start", "Idée", "--db", buyin.database + "/x.sqlite"], expect: 73)
        #expect(notAFolder.err.contains("(ce n’est pas un dossier)"), "\(notAFolder.err)")
        let missing = buyin.run(["brief", "--output", buyin.folder.appendingPathComponent("absent/brief.md").path], expect: 73)
        #expect(missing.err.contains("(fichier ou dossier introuvable)"), "\(missing.err)")
        for english in ["Not a directory", "No such file"] { #expect(!(notAFolder.err + missing.err).contains(english)) }
    }
}
