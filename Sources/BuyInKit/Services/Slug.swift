/// Short, typeable campaign names made from titles: "Social selling 2027 !" → `social-selling-2027`.
public enum Slug {
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
