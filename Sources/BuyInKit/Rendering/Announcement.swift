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
        return names.dropLast().joined(separator: ", ") + l.text("list.and") + names.last!
    }
}
