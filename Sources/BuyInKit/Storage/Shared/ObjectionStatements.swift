import GRDB

extension SQLRecords {
    func insert(_ objection: inout Objection) throws -> Int64 { try insertRecord(&objection) }

    func objection(id: Int64, campaign: Int64) throws -> Objection? {
        try fetchOne(Objection.self, "SELECT * FROM objection WHERE id = ? AND campaignId = ?", [id, campaign])
    }

    func update(_ objection: Objection) throws { try updateRecord(objection) }

    func objectionView(id: Int64, campaign: Int64) throws -> ObjectionView? {
        try fetchFirst(ObjectionView.selection + " WHERE o.id = ? AND o.campaignId = ?", [id, campaign]) { try ObjectionView(columns: $0) }
    }

    func objectionViews(campaign: Int64, order: ObjectionOrder) throws -> [ObjectionView] {
        try fetch(ObjectionView.selection + order.filter, [campaign]) { try ObjectionView(columns: $0) }
    }
}

extension ObjectionOrder {
    /// What follows the selection; its one argument is the campaign.
    var filter: String {
        switch self {
        case .raised: return " WHERE o.campaignId = ? ORDER BY o.id"
        case .openOnly: return " WHERE o.campaignId = ? AND o.status = 'open' ORDER BY o.id"
        case .openFirst: return " WHERE o.campaignId = ? ORDER BY o.status <> 'open', o.id"
        }
    }
}

extension ObjectionView {
    static let selection = """
        SELECT o.id, o.text, o.concern, o.category, o.response, o.isConfirmed, o.status, o.raisedOn,
               o.stakeholderId, s.name, o.meetingId
        FROM objection o LEFT JOIN stakeholder s ON s.id = o.stakeholderId
        """

    init(columns row: some ColumnRow) throws {
        self.init(id: try row.decode(atIndex: 0), text: try row.decode(atIndex: 1), concern: try row.decode(atIndex: 2),
                  category: try row.decode(atIndex: 3), response: try row.decode(atIndex: 4), isConfirmed: try row.decode(atIndex: 5),
                  status: try row.decode(atIndex: 6), raisedOn: try row.decode(atIndex: 7), stakeholderId: try row.decode(atIndex: 8),
                  stakeholder: try row.decode(atIndex: 9), meetingId: try row.decode(atIndex: 10))
    }
}
