@testable import BuyInKit
import Testing

/// The chain `stakeholder path` prints: the fewest people first, then, between chains as short,
/// the one through supporters, then the one through people already met.
@Suite struct InfluenceSearchTests {
    static func person(_ id: Int64, _ name: String) -> StakeholderName {
        StakeholderName(id: id, name: name, foldedName: Vocabulary.fold(name))
    }

    static func mapped(_ id: Int64, _ name: String, _ stance: Stance?, met: Bool) -> MappedStakeholder {
        MappedStakeholder(id: id, name: name, role: "", department: "", email: "", influence: 3, interest: 3, targetStance: nil,
                          initialStance: stance, meetingCount: met ? 1 : 0, lastMet: nil, firstMeetingStance: nil, latestStanceAfter: nil)
    }

    static let people = [person(1, "Marco"), person(2, "Ann"), person(3, "Zoé"), person(4, "Hélène"), person(5, "Bo"), person(6, "Cy")]

    static func search(_ mapped: [MappedStakeholder], _ links: [(Int64, Int64)]) -> InfluenceSearch {
        InfluenceSearch(people: people, mapped: mapped, links: links.map { InfluenceLink(influencerId: $0.0, influencedId: $0.1) })
    }

    @Test func betweenChainsAsShortThePersonAlreadyMetWins() {
        let mapped = [Self.mapped(1, "Marco", .supporter, met: true), Self.mapped(2, "Ann", .neutral, met: false),
                      Self.mapped(3, "Zoé", .neutral, met: true), Self.mapped(4, "Hélène", .neutral, met: false)]
        for links in [[(1, 2), (2, 4), (1, 3), (3, 4)], [(1, 3), (3, 4), (1, 2), (2, 4)]] as [[(Int64, Int64)]] {
            let path = Self.search(mapped, links).path(to: 4, isDecisionOwner: true)
            #expect(path.steps.map(\.name) == ["Marco", "Zoé", "Hélène"], "whatever the order the links were recorded in")
        }
    }

    @Test func aSupporterOnTheWayWinsOverAPersonMet() {
        let mapped = [Self.mapped(1, "Marco", .supporter, met: true), Self.mapped(2, "Ann", .champion, met: false),
                      Self.mapped(3, "Zoé", .skeptic, met: true), Self.mapped(4, "Hélène", .neutral, met: false),
                      Self.mapped(5, "Bo", .neutral, met: true)]
        // Ann supports the idea herself: the chain starts with her, one person shorter.
        let fromAnn = Self.search(mapped, [(1, 3), (3, 4), (1, 2), (2, 4)]).path(to: 4, isDecisionOwner: false)
        #expect(fromAnn.steps.map(\.name) == ["Ann", "Hélène"])
        // Bo (neutral) and Zoé (skeptic), both met, lead from Marco: Bo, the more supportive, is taken.
        let mappedNoAnn = mapped.filter { $0.id != 2 }
        let path = Self.search(mappedNoAnn, [(1, 3), (3, 4), (1, 5), (5, 4)]).path(to: 4, isDecisionOwner: false)
        #expect(path.steps.map(\.name) == ["Marco", "Bo", "Hélène"])
    }

    /// Support weighs before meetings, whatever the chain's length: a champion and two neutral
    /// people never met beat a supporter and two neutral people met.
    @Test func supportWeighsBeforeMeetingsOverAWholeChain() {
        let people = (1...7).map { Self.person(Int64($0), "P\($0)") }
        let mapped = [Self.mapped(1, "P1", .champion, met: false), Self.mapped(2, "P2", .neutral, met: false), Self.mapped(3, "P3", .neutral, met: false),
                      Self.mapped(4, "P4", .supporter, met: true), Self.mapped(5, "P5", .neutral, met: true), Self.mapped(6, "P6", .neutral, met: true),
                      Self.mapped(7, "P7", .neutral, met: false)]
        let links: [(Int64, Int64)] = [(4, 5), (5, 6), (6, 7), (1, 2), (2, 3), (3, 7)]
        let search = InfluenceSearch(people: people, mapped: mapped, links: links.map { InfluenceLink(influencerId: $0.0, influencedId: $0.1) })
        #expect(search.path(to: 7, isDecisionOwner: false).steps.map(\.name) == ["P1", "P2", "P3", "P7"])
    }

    @Test func fewerPeopleAlwaysWin() {
        let mapped = [Self.mapped(1, "Marco", .supporter, met: true), Self.mapped(2, "Ann", .champion, met: true),
                      Self.mapped(3, "Zoé", .blocker, met: false), Self.mapped(4, "Hélène", .neutral, met: false),
                      Self.mapped(5, "Bo", .supporter, met: true)]
        // Marco → Zoé → Hélène against Marco → Cy → Bo → Hélène, through people met (Bo's stance not known here).
        let path = Self.search([mapped[0], mapped[2], mapped[3], Self.mapped(6, "Cy", .neutral, met: true)],
                               [(1, 3), (3, 4), (1, 6), (6, 5), (5, 4)]).path(to: 4, isDecisionOwner: false)
        #expect(path.steps.map(\.name) == ["Marco", "Zoé", "Hélène"], "a skeptic never met, but one person fewer")
        #expect(Self.search(mapped, []).path(to: 4, isDecisionOwner: false).steps == [], "no link, no chain")
    }

    @Test func withoutAChainTheTargetsInfluencersAreNamedMostSupportiveFirst() {
        let mapped = [Self.mapped(2, "Ann", .skeptic, met: true), Self.mapped(3, "Zoé", .neutral, met: false),
                      Self.mapped(4, "Hélène", .neutral, met: false), Self.mapped(5, "Bo", .neutral, met: true)]
        let path = Self.search(mapped, [(2, 4), (3, 4), (5, 4)]).path(to: 4, isDecisionOwner: false)
        #expect(path.steps == [])
        #expect(path.openers.map(\.name) == ["Bo", "Zoé", "Ann"], "by stance, then by name")
    }
}
