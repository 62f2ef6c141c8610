/// A short, warm, ready-to-paste message acknowledging a win and the people in it.
public enum Announcement {
    public static func text(for win: WinView, campaign: Campaign, _ l: Localizer) -> String {
        let people = list(win.people, l)
        let opening = win.people.isEmpty
            ? l.text("announce.opening", campaign.title)
            : l.text("announce.openingWith", campaign.title, people)
        var lines = [opening, "", "✅ " + win.text + " (" + l.date(win.day) + ")", ""]
        lines.append(win.people.isEmpty ? l.text("announce.thanksTeam") : l.text("announce.thanks.\(win.people.count == 1 ? "one" : "other")", people))
        lines.append(l.text("announce.kind.\(win.kind.rawValue)"))
        return lines.joined(separator: "\n")
    }

    /// "Ana, Bruno and Chloé" / "Ana, Bruno et Chloé".
    public static func list(_ names: [String], _ l: Localizer) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        // Appended in a loop: `joined` on a slice is generic code that asked at run time whether
        // the slice is a collection, a search of all the program's conformances (~0.3 M).
        var text = names[0]
        for name in names[1..<(names.count - 1)] { text += ", " + name }
        return text + l.text("list.and") + names[names.count - 1]
    }
}
