import SwiftGraph

extension RecordStore {
    /// Records that one person influences another (`stakeholder link A --influences B`).
    public func addInfluence(_ influencer: String, influences influenced: String) throws -> (Stakeholder, Stakeholder) {
        try write { records in
            let (from, to) = try records.influencePair(influencer, influenced)
            try records.addInfluence(InfluenceLink(influencerId: try from.storedID(), influencedId: try to.storedID()))
            return (from, to)
        }
    }

    /// Takes a link off (`stakeholder unlink A --influences B`).
    public func removeInfluence(_ influencer: String, influences influenced: String) throws -> (Stakeholder, Stakeholder) {
        try write { records in
            let (from, to) = try records.influencePair(influencer, influenced)
            guard try records.removeInfluence(InfluenceLink(influencerId: try from.storedID(), influencedId: try to.storedID())) else {
                throw BuyInError.noInfluence(from.name, to.name)
            }
            return (from, to)
        }
    }


    /// The shortest chain of influence from someone who supports the idea to `name` (the
    /// campaign's decision owner when nil). Ties go to the chain through more supportive
    /// people, then through people already met.
    public func influencePath(to name: String?, in ref: CampaignRef) throws -> InfluencePath {
        try read { records in
            let campaign = try records.campaign(ref)
            let mapped = try records.mappedStakeholders(campaign: campaign.storedID())
            let target: Stakeholder
            if let name {
                target = try records.stakeholder(name)
            } else {
                guard let owner = DecisionOwner.find(in: mapped, ownerLine: campaign.decisionOwner),
                      let person = try records.stakeholder(id: owner.id) else {
                    throw BuyInError.noDecisionOwner(campaign.title)
                }
                target = person
            }
            let people = try records.stakeholderNames()
            return InfluenceSearch(people: people, mapped: mapped, links: try records.influences())
                .path(to: try target.storedID(), isDecisionOwner: name == nil)
        }
    }
}

extension StakeholderRepository {
    /// Who influences a person, and whom they influence.
    func influence(of person: Stakeholder) throws -> PersonInfluence {
        let id = try person.storedID()
        let names = Dictionary(try stakeholderNames().map { ($0.id, $0.name) }) { first, _ in first }
        let links = try influences()
        return PersonInfluence(influencedBy: links.filter { $0.influencedId == id }.compactMap { names[$0.influencerId] }.sorted(),
                               influences: links.filter { $0.influencerId == id }.compactMap { names[$0.influencedId] }.sorted())
    }

    func influencePair(_ influencer: String, _ influenced: String) throws -> (Stakeholder, Stakeholder) {
        let from = try stakeholder(influencer), to = try stakeholder(influenced)
        if from.id == to.id { throw BuyInError.influencesThemself(from.name) }
        return (from, to)
    }
}

/// The influence links as a weighted graph (SwiftGraph), searched from every supporter at once
/// through one extra vertex that leads to each of them.
struct InfluenceSearch {
    /// The people a chain may pass through, by id, in the order their vertices are added.
    let people: [Int64]
    let mapped: [MappedStakeholder]
    let links: [InfluenceLink]
    /// Looked up for each link: by id, once.
    private let names: [Int64: String]
    private let onMap: [Int64: MappedStakeholder]

    init(people: [StakeholderName], mapped: [MappedStakeholder], links: [InfluenceLink]) {
        self.init(named: people.map { ($0.id, $0.name) }, mapped: mapped, links: links)
    }

    /// Only the people on the map: the pre-read's chain names no one else, and needs no other read.
    init(mappedOnly mapped: [MappedStakeholder], links: [InfluenceLink]) {
        // By folded name, the order `stakeholderNames()` gives, so that ties break as for `stakeholder path`.
        let byName = mapped.map { ($0.id, $0.name) }.sorted { Vocabulary.fold($0.1) < Vocabulary.fold($1.1) }
        self.init(named: byName, mapped: mapped, links: links)
    }

    private init(named: [(id: Int64, name: String)], mapped: [MappedStakeholder], links: [InfluenceLink]) {
        people = named.map(\.id)
        self.mapped = mapped
        self.links = links
        names = Dictionary(named.map { ($0.id, $0.name) }) { first, _ in first }
        onMap = Dictionary(mapped.map { ($0.id, $0) }) { first, _ in first }
    }

    /// Chains compare by their length, then by how far from supportive their people are, then
    /// by how many were never met: each weight is more than the next can add up to over a
    /// chain of up to 90 people.
    static let step = 1_000_000, notSupportive = 1_000, notMet = 1

    /// Champion 0, supporter 2 … blocker 10; a stance not known sits between neutral and skeptic.
    static func distanceFromSupport(_ stance: Stance?) -> Int {
        guard let stance else { return 6 }
        return 2 * (2 - stance.score) + (stance.score < 0 ? 2 : 0)
    }

    func person(_ id: Int64) -> InfluencePath.Person {
        let name = names[id] ?? ""
        let map = onMap[id]
        return InfluencePath.Person(name: name, stance: map?.currentStance, met: (map?.meetingCount ?? 0) > 0)
    }

    func cost(of id: Int64) -> Int {
        let who = person(id)
        return InfluenceSearch.step + InfluenceSearch.notSupportive * InfluenceSearch.distanceFromSupport(who.stance)
            + (who.met ? 0 : InfluenceSearch.notMet)
    }

    func path(to target: Int64, isDecisionOwner: Bool) -> InfluencePath {
        var result = InfluencePath(target: person(target), steps: [], openers: [], isDecisionOwner: isDecisionOwner)
        if result.targetSupports {
            result.steps = [result.target]
            return result
        }
        let graph = WeightedGraph<Int64, Int>()
        let source = graph.addVertex(0)  // ids start at 1: 0 is no person
        var index: [Int64: Int] = [:]
        for id in people { index[id] = graph.addVertex(id) }
        for link in links {
            guard let from = index[link.influencerId], let to = index[link.influencedId] else { continue }
            graph.addEdge(fromIndex: from, toIndex: to, weight: cost(of: link.influencedId), directed: true)
        }
        for person in mapped where person.currentStance?.isSupportive ?? false {
            if let vertex = index[person.id] { graph.addEdge(fromIndex: source, toIndex: vertex, weight: cost(of: person.id), directed: true) }
        }
        if let end = index[target] {
            let (distances, edges) = graph.dijkstra(root: source, startDistance: 0)
            // SwiftGraph's path reading assumes the end is reachable.
            let route = distances[end] == nil ? [] : pathDictToPath(from: source, to: end, pathDict: edges)
            result.steps = route.map { person(graph.vertexAtIndex($0.v)) }
        }
        if result.steps.isEmpty {
            result.openers = links.filter { $0.influencedId == target }.map { person($0.influencerId) }
                .sorted { ($0.stance?.score ?? -3, $1.name) > ($1.stance?.score ?? -3, $0.name) }
        }
        return result
    }
}
