import GRDB

/// What a person types when raising an objection.
public struct ObjectionEntry: Sendable {
    public var text: String
    public var stakeholder: String?
    public var meetingId: Int64?
    public var concern = ""
    public var category: ObjectionCategory = .other
    public var day: Day
    public init(text: String, day: Day) { self.text = text; self.day = day }
}

/// The moves of an objection, shaped on listen · acknowledge · explore · respond · confirm.
public enum ObjectionMove: Sendable {
    case answer(response: String, confirmed: Bool)
    case resolve, accept, reopen

    var target: ObjectionStatus {
        switch self {
        case .answer: return .answered
        case .resolve: return .resolved
        case .accept: return .accepted
        case .reopen: return .open
        }
    }
}

extension Store {
    public func addObjection(_ entry: ObjectionEntry, campaign slug: String?) throws -> ObjectionView {
        guard !entry.text.trimmed.isEmpty else { throw BuyInError.emptyText(field: "objection") }
        return try write { db in
            let campaign = try Self.campaign(db, slug)
            var stakeholderID: Int64?
            if let name = entry.stakeholder {
                stakeholderID = try Self.stakeholder(db, name).id
                try Self.map(db, campaign: campaign.id!, stakeholder: stakeholderID!)
            }
            if let meetingID = entry.meetingId {
                let meeting = try Self.meetingRecord(db, meetingID, campaign: campaign.id!)
                stakeholderID = stakeholderID ?? meeting.meeting.stakeholderId
            }
            var objection = Objection(campaignId: campaign.id!, stakeholderId: stakeholderID, meetingId: entry.meetingId,
                                      text: entry.text.trimmed, concern: entry.concern.trimmed, category: entry.category,
                                      response: "", isConfirmed: false, status: .open, raisedOn: entry.day)
            try objection.insert(db)
            return try Self.objection(db, objection.id!, campaign: campaign.id!)
        }
    }

    /// Moves an objection on. Answering an answered one replaces the response; the other moves
    /// refuse to "move" to where the objection already is.
    public func move(objection id: Int64, campaign slug: String?, _ move: ObjectionMove) throws -> ObjectionView {
        if case .answer(let response, _) = move, response.trimmed.isEmpty { throw BuyInError.emptyText(field: "response") }
        return try write { db in
            let campaignID = try Self.campaign(db, slug).id!
            guard var objection = try Objection.filter(Column("id") == id && Column("campaignId") == campaignID).fetchOne(db) else {
                throw BuyInError.unknownRecord(kind: .objection, id: id)
            }
            switch move {
            case .answer(let response, let confirmed):
                objection.response = response.trimmed
                objection.isConfirmed = confirmed
            case .reopen:
                guard objection.status != .open else {
                    throw BuyInError.invalidTransition(kind: .objection, id: id, from: objection.status.rawValue, to: "open")
                }
                objection.isConfirmed = false
            case .resolve, .accept:
                guard objection.status != move.target else {
                    throw BuyInError.invalidTransition(kind: .objection, id: id, from: objection.status.rawValue, to: move.target.rawValue)
                }
            }
            objection.status = move.target
            try objection.update(db)
            return try Self.objection(db, id, campaign: campaignID)
        }
    }

    static let objectionViewSQL = """
        SELECT o.id, o.text, o.concern, o.category, o.response, o.isConfirmed, o.status, o.raisedOn,
               o.stakeholderId, s.name AS stakeholder, o.meetingId
        FROM objection o LEFT JOIN stakeholder s ON s.id = o.stakeholderId
        """

    static func objection(_ db: Database, _ id: Int64, campaign campaignID: Int64) throws -> ObjectionView {
        guard let view = try ObjectionView.fetchOne(db, sql: Self.objectionViewSQL + " WHERE o.id = ? AND o.campaignId = ?",
                                                    arguments: [id, campaignID]) else {
            throw BuyInError.unknownRecord(kind: .objection, id: id)
        }
        return view
    }

    /// The objections of a campaign, oldest first; `onlyOpen` keeps those still open.
    public func objections(in slug: String?, onlyOpen: Bool = false) throws -> [ObjectionView] {
        try read { db in
            let campaignID = try Self.campaign(db, slug).id!
            let filter = onlyOpen ? " AND o.status = 'open'" : ""
            return try ObjectionView.fetchAll(db, sql: Self.objectionViewSQL + " WHERE o.campaignId = ?\(filter) ORDER BY o.id", arguments: [campaignID])
        }
    }
}
