/// Short, typeable campaign names made from titles: "Social selling 2027 !" → `social-selling-2027`.
public enum Slug {
    /// Whether `slug` has the form buyin gives short names: lowercase ASCII letters and digits
    /// in words joined by single dashes (`social-selling-2027`, `idea-2`), as every store and
    /// command line reads them safely.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { word in
            !word.isEmpty && word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    public static func make(from title: String) -> String {
        let folded = Vocabulary.fold(Ligatures.spellOut(title))
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > 40 && !slug.isEmpty { break }
            slug = String(candidate.prefix(40))
        }
        return slug.isEmpty ? "campaign" : slug
    }
}
