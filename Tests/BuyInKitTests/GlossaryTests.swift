@testable import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// One term per idea, everywhere: `docs/GLOSSARY.md` names each idea's term in both languages
/// and the words to avoid; every string a person reads keeps to it.
@Suite struct GlossaryTests {
    struct Row {
        var idea: String
        var terms: [Language: [String]]
        var avoided: [Language: [String]]
    }

    static let rows: [Row] = {
        let text = try! String(contentsOf: SourceTree.url("docs/GLOSSARY.md"), encoding: .utf8)
        let split = { (cell: String, separator: String) in
            cell.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return text.split(separator: "\n").dropFirst().compactMap { line -> Row? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 8, cells[1] != "idea", !cells[1].hasPrefix("---") else { return nil }
            return Row(idea: cells[1], terms: [.en: split(cells[2], " · "), .fr: split(cells[3], " · ")],
                       avoided: [.en: split(cells[4], ","), .fr: split(cells[5], ",")])
        }
    }()

    /// What a person reads in a language: every value but the words they may type.
    static func shown(_ language: Language) -> [(key: String, text: String)] {
        let table = try! Localizer.loadTable(language)
        return table.filter { !$0.key.hasSuffix(".aliases") && !$0.key.hasSuffix(".words") }
            .map { ($0.key, $0.value.lowercased()) }
    }

    @Test func theGlossaryIsRead() {
        #expect(Self.rows.count >= 25)
        #expect(Self.rows.contains { $0.idea == "a step forward" && $0.terms[.fr] == ["avancée"] })
    }

    @Test(arguments: [Language.en, .fr])
    func eachTermIsTheOneUsed(language: Language) {
        let shown = Self.shown(language)
        for row in Self.rows {
            for term in row.terms[language]! {
                #expect(shown.contains { $0.text.contains(term.lowercased()) }, "“\(term)” (\(row.idea)) is in no \(language) string")
            }
        }
    }

    @Test(arguments: [Language.en, .fr])
    func noWordToAvoidIsUsed(language: Language) {
        let shown = Self.shown(language)
        for row in Self.rows {
            for word in row.avoided[language]! {
                let found = shown.filter { Self.contains($0.text, word: word.lowercased()) }.map(\.key)
                #expect(found.isEmpty, "“\(word)” where the glossary says “\(row.terms[language]!.joined(separator: " · "))”: \(found)")
            }
        }
    }

    /// `word` as a whole word or phrase, or its plural in s: "victoire" finds "victoires", and
    /// "win" does not find "window".
    static func contains(_ text: String, word: String) -> Bool {
        var searched = text[...]
        while let range = searched.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isEdge = { (character: Character?) in character.map { !$0.isLetter && $0 != "-" } ?? true }
            if isEdge(before) && (isEdge(after) || after == "s") { return true }
            searched = text[range.upperBound...]
        }
        return false
    }
}
