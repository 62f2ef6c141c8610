/// Influence-weighted support: the share of the mapped people's influence held by those whose
/// stance is supporter or champion, in percent, as the pre-read counts it.
enum SupportShare {
    static func of(_ people: [MappedStakeholder], stance: (MappedStakeholder) -> Stance?) -> Int {
        percent(people.filter { stance($0)?.isSupportive ?? false }.reduce(0) { $0 + $1.influence }, of: people.reduce(0) { $0 + $1.influence })
    }

    static func percent(_ part: Int, of total: Int) -> Int {
        total == 0 ? 0 : Int((Double(part) * 100 / Double(total)).rounded())
    }

    /// Support at the end of each week, the last week ending on `until`, from the week of the
    /// first 1:1 or noted stance (26 weeks at most); empty before a second week. Each person's
    /// history is walked once, in order, rather than searched for every week.
    static func byWeek(_ people: [MappedStakeholder], _ history: [StanceEvent], until: Day, weeks limit: Int = 26) -> [Briefing.WeekSupport] {
        guard let first = history.map(\.day).min(), first <= until else { return [] }
        let count = min(limit, (until.ordinal - first.ordinal) / 7 + 1)
        guard count >= 2 else { return [] }
        let ends = (0..<count).reversed().compactMap { until.adding(days: -7 * $0) }
        let theirs = Dictionary(grouping: history, by: \.stakeholderId)
        var stances = Array(repeating: [Stance?](repeating: nil, count: ends.count), count: people.count)
        for (index, person) in people.enumerated() {
            let own = theirs[person.id] ?? []
            let firstNoted = own.first { $0.before != nil }?.before
            var next = 0, known = person.mappedStance
            for (week, end) in ends.enumerated() {
                while next < own.count && own[next].day <= end {
                    known = own[next].after ?? known
                    next += 1
                }
                stances[index][week] = known ?? firstNoted
            }
        }
        let total = people.reduce(0) { $0 + $1.influence }
        return ends.enumerated().map { week, end in
            let supportive = people.indices.filter { stances[$0][week]?.isSupportive ?? false }.reduce(0) { $0 + people[$1].influence }
            return Briefing.WeekSupport(weekEnding: end, support: percent(supportive, of: total))
        }
    }

    /// A person's stance as it stood at the end of `day`: after their latest meeting or noted
    /// stance by then; else as noted when they were mapped; else the first stance noted before
    /// one of their meetings (where the map's "first stance" also starts).
    static func stance(of person: MappedStakeholder, on day: Day, _ history: [StanceEvent]) -> Stance? {
        let theirs = history.filter { $0.stakeholderId == person.id }
        return theirs.last { $0.day <= day && $0.after != nil }?.after ?? person.mappedStance
            ?? theirs.first { $0.before != nil }?.before
    }
}
