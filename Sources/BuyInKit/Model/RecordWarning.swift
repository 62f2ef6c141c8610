/// Something recorded that is allowed but looks like a slip: said in one line on standard
/// error, the record kept (exit 0), so that the person can put it right with an `edit`.
public enum RecordWarning: Sendable, Equatable {
    case meetingInFuture(id: Int64, day: Day)
    case meetingAfterDecideBy(id: Int64, day: Day, decideBy: Day)
    case dueBeforeMeeting(id: Int64, due: Day, meetingDay: Day)
    case metTwiceSameDay(name: String, day: Day)
    case objectionFromOtherPerson(id: Int64, raisedBy: String, meetingId: Int64, met: String)

    public func message(_ l: Localizer) -> String {
        switch self {
        case .meetingInFuture(let id, let day):
            return l.text("warning.meetingInFuture", String(id), l.date(day))
        case .meetingAfterDecideBy(let id, let day, let decideBy):
            return l.text("warning.meetingAfterDecideBy", String(id), l.date(day), l.date(decideBy))
        case .dueBeforeMeeting(let id, let due, let meetingDay):
            return l.text("warning.dueBeforeMeeting", String(id), l.date(due), l.date(meetingDay))
        case .metTwiceSameDay(let name, let day):
            return l.text("warning.metTwiceSameDay", name, l.date(day))
        case .objectionFromOtherPerson(let id, let raisedBy, let meetingId, let met):
            return l.text("warning.objectionFromOtherPerson", String(id), raisedBy, String(meetingId), met)
        }
    }
}
