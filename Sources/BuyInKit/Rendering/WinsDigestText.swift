/// The wins digest as a short, warm message ready to paste into a team chat.
public enum WinsDigestText {
    public static func text(_ digest: WinsDigest, _ l: Localizer) -> String {
        var lines = [l.text("digest.heading", digest.title, l.date(digest.since)), ""]
        if digest.wins.isEmpty {
            lines.append(l.text("digest.noWins"))
        } else {
            for win in digest.wins { lines.append("✅ " + win.text + " (" + l.date(win.day) + ")") }
        }
        if !digest.helpers.isEmpty {
            lines.append(l.plural("digest.thanks", count: digest.helpers.count, Announcement.list(digest.helpers, l)))
        }
        lines.append("")
        lines.append(digest.met.isEmpty ? l.plural("digest.meetings", count: digest.meetings)
                     : l.plural("digest.meetingsWith", count: digest.meetings, Announcement.list(digest.met, l)))
        let percent = { (share: Int) in l.number(share) + l.text("number.percent") }
        lines.append(digest.supportNow == digest.supportBefore
                     ? l.text("digest.supportHolds", percent(digest.supportNow))
                     : l.text("digest.supportMoved", percent(digest.supportBefore), percent(digest.supportNow)))
        if let next = digest.nextMilestone {
            switch next.kind {
            case .decision: lines.append(l.text("digest.nextDecision", l.date(next.day)))
            case .nextStep: lines.append(l.text("digest.nextStep", next.text, l.date(next.day)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
