/// Someone who matters and has gone quiet (`status`, `followups`): an influential person not met
/// for a while, or a key person never met. Buy-in is kept between meetings, not only won in them.
public struct QuietPerson: Codable, Sendable, Equatable {
    public var name: String
    public var influence: Int
    /// Their latest 1:1 in the campaign; nil when never met.
    public var lastMet: Day?
    /// Days since that 1:1; nil when never met.
    public var daysSince: Int?

    /// People of influence 3 or more are checked on; 4 or more are key, and named even before a first 1:1.
    public static let checkedFrom = 3, keyFrom = 4

    /// The more influence, the sooner silence counts: 2 weeks for influence 5, 3 for 4, 4 for 3.
    public static func quietAfterDays(influence: Int) -> Int { 7 * (7 - influence) }

    /// Until the decision: the key people never met (but a veto holder, whom `status` already
    /// names), then those quiet for longer than their influence allows, most influential first,
    /// the longest silence first among equals.
    static func among(_ people: [MappedStakeholder], today: Day, decided: Bool) -> [QuietPerson]? {
        guard !decided else { return nil }
        var quiet: [QuietPerson] = []
        for person in people where person.influence >= checkedFrom {
            if let lastMet = person.lastMet {
                let days = today.ordinal - lastMet.ordinal
                if days > quietAfterDays(influence: person.influence) {
                    quiet.append(QuietPerson(name: person.name, influence: person.influence, lastMet: lastMet, daysSince: days))
                }
            } else if person.influence >= keyFrom && !person.hasVeto {
                // A veto holder not met yet is already named by `DecisionWarning.vetoNotMet`.
                quiet.append(QuietPerson(name: person.name, influence: person.influence, lastMet: nil, daysSince: nil))
            }
        }
        let sorted = quiet.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if (x.lastMet == nil) != (y.lastMet == nil) { return x.lastMet == nil }
            if x.influence != y.influence { return x.influence > y.influence }
            if x.daysSince != y.daysSince { return (x.daysSince ?? 0) > (y.daysSince ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        return sorted.isEmpty ? nil : sorted
    }
}

extension RecordStore {
    /// The people gone quiet in a campaign (see `QuietPerson`); empty once it is decided.
    public func goneQuiet(in ref: CampaignRef, today: Day) throws -> [QuietPerson] {
        try read { records in
            let id = try records.campaignID(ref)
            return QuietPerson.among(try records.mappedStakeholders(campaign: id), today: today,
                                     decided: try records.latestDecision(campaign: id) != nil) ?? []
        }
    }
}
