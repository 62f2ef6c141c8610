/// The dates a campaign's next steps live by, as an RFC 5545 iCalendar file: each open
/// follow-up with a due date, the decide-by date and each goal's review date, as an all-day
/// event in the reader's language. A due next step rings at 9:00 the day before; the decision,
/// at 9:00 three days before, while there is still time to send the pre-read.
///
/// Every event's UID is made of what it is, its record number and its campaign, and its
/// DTSTAMP is the day the export was made, so a calendar that imports the file again updates
/// the events it has rather than adding them twice.
public enum CalendarExport {
    public struct Event: Sendable, Equatable {
        public var uid: String
        public var day: Day
        public var summary: String
        public var description: String
        /// When the calendar reminds, before the day starts, and what it says.
        public var alarm: Alarm? = nil
    }

    public struct Alarm: Sendable, Equatable {
        /// An RFC 5545 duration before the event's start (midnight): `-PT15H` is 9:00 the day before.
        public var trigger: String
        public var text: String
    }

    /// The events of a campaign, soonest first.
    /// A reminder is set only while its time is ahead of `today`, and the decision's only until
    /// it is taken: an imported file never rings for what is past.
    public static func events(campaign: Campaign, followUps: [FollowUpView], goals: [Goal], today: Day, decided: Bool, _ l: Localizer) -> [Event] {
        // The campaign's number and the day it started: stable through a rename, and unlikely to
        // be shared by a campaign of another database imported into the same calendar.
        let id = "\(campaign.id ?? 0)-\(basic(campaign.createdOn))"
        var events: [Event] = []
        for step in followUps {
            guard let due = step.due else { continue }
            let who = step.stakeholder.map { l.text("calendar.with", $0) } ?? ""
            let summary = l.text("calendar.followUp", step.text) + who
            events.append(Event(uid: "followup-\(step.id)-campaign-\(id)@buyin", day: due, summary: summary, description: campaign.title,
                                alarm: due > today ? Alarm(trigger: "-PT15H", text: summary) : nil))
        }
        if let decideBy = campaign.decideBy {
            events.append(Event(uid: "decide-by-campaign-\(id)@buyin", day: decideBy,
                                summary: l.text("calendar.decideBy", campaign.title), description: campaign.ask,
                                alarm: decided || decideBy.ordinal - 3 < today.ordinal ? nil
                                    : Alarm(trigger: "-P2DT15H", text: l.text("calendar.alarm.decision", campaign.title))))
        }
        for goal in goals {
            guard let review = goal.reviewOn else { continue }
            let measure = goal.kpi.isEmpty ? goal.text : goal.kpi
            let range = Alignment.range(goal, l)
            events.append(Event(uid: "review-goal-\(goal.id ?? 0)-campaign-\(id)@buyin", day: review,
                                summary: l.text("calendar.review", measure),
                                description: [campaign.title, range].filter { !$0.isEmpty }.joined(separator: " — ")))
        }
        return events.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
    }

    /// The file: CRLF line ends, long lines folded at 75 bytes, text values escaped.
    public static func document(_ events: [Event], language: Language, stamp: Day) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//buyin//buyin \(BuyInVersion.current)//\(language.rawValue.uppercased())",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(event.uid)", "DTSTAMP:\(basic(stamp))T000000Z", "DTSTART;VALUE=DATE:\(basic(event.day))"]
            // An all-day event ends the next day; on the last day a calendar can hold, it lasts that day by default.
            if let end = event.day.adding(days: 1) { lines.append("DTEND;VALUE=DATE:\(basic(end))") }
            lines.append("SUMMARY;LANGUAGE=\(language.rawValue):\(escape(event.summary))")
            if !event.description.isEmpty { lines.append("DESCRIPTION;LANGUAGE=\(language.rawValue):\(escape(event.description))") }
            lines.append("TRANSP:TRANSPARENT")
            if let alarm = event.alarm {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:\(alarm.trigger)",
                          "DESCRIPTION;LANGUAGE=\(language.rawValue):\(escape(alarm.text))", "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261203` for 3 December 2026.
    static func basic(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as `\n`; other
    /// control characters, which a calendar would choke on, dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if ActiveText.isActive(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 5545 §3.1: lines longer than 75 bytes continue on the next line after a space,
    /// never splitting a character.
    static func fold(_ line: String) -> String {
        var out = "", width = 0
        for character in line {
            let size = character.utf8.count
            if width + size > 75 {
                out += "\r\n "
                width = 1
            }
            out.append(character)
            width += size
        }
        return out
    }
}
