/// The moves of an objection, shaped on listen · acknowledge · explore · respond · confirm.
public enum ObjectionMove: Sendable {
    case answer(response: String, confirmed: Bool)
    case resolve, accept, reopen

    /// Where the move takes the objection.
    public var target: ObjectionStatus {
        switch self {
        case .answer: return .answered
        case .resolve: return .resolved
        case .accept: return .accepted
        case .reopen: return .open
        }
    }
}
