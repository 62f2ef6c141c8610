@testable import BuyInKit
import BuyInTestSupport
import Foundation
import Testing

/// Every repository method (`Records/Repositories.swift`) keeps the same contract on both
/// stores: each contract below runs on a SQLite file and on a PostgreSQL team store seeded
/// alike, inside a transaction rolled back after it, so each starts from the same record.
/// A method declared without a contract here fails `everyMethodHasAContract`.
@Suite struct StoreContractTests {
    @Test func everyMethodKeepsItsContractOnSQLite() throws {
        let folder = TemporaryFolder()
        try Self.check(SQLiteStore(path: folder.file("contract.sqlite")), "SQLite")
    }

    @Test(.enabled(if: TeamDatabase.isAvailable)) func everyMethodKeepsItsContractOnPostgreSQL() throws {
        let server = try TeamDatabase()
        try Self.check(PostgresStore(server.url()), "PostgreSQL")
        withExtendedLifetime(server) {}
    }

    static func check(_ store: any RecordStore, _ kind: String) throws {
        let seed = try store.write { try Seed(records: $0) }
        for contract in StoreContract.all {
            do {
                try store.write { records -> Void in
                    try contract.check(records, seed)
                    throw BuyInError.internalError(StoreContract.rollback)
                }
            } catch BuyInError.internalError(let reason) where reason == StoreContract.rollback {
                // Rolled back: the next contract starts from the seed again.
            } catch {
                Issue.record("\(contract.method) on \(kind): \(error)")
            }
        }
    }

    @Test func everyMethodHasAContract() throws {
        let declared = try StoreContract.declaredMethods()
        let covered = Set(StoreContract.all.map(\.method))
        #expect(declared.count > 70, "the declarations were read")
        #expect(declared.subtracting(covered).sorted() == [], "methods without a contract")
        #expect(covered.subtracting(declared).sorted() == [], "contracts of no method")
        #expect(StoreContract.all.count == covered.count, "one contract per method")
    }
}

/// The record both stores start each contract from, with the ids it was given.
struct Seed {
    let alpha: Int64, beta: Int64
    let julie: Int64, paul: Int64
    let goal: Int64
    let firstMeeting: Int64, secondMeeting: Int64
    let sharedQuote: Int64
    let followUp: Int64
    let openObjection: Int64, answeredObjection: Int64
    let win: Int64, metric: Int64
    let cheapOption: Int64, fullOption: Int64
    static let today = Day(iso: "2026-11-01")!

    init(records r: any Records) throws {
        var alpha = Campaign(slug: "alpha", title: "Social selling", author: "Léa", createdOn: Day(iso: "2026-09-01")!)
        try r.insert(&alpha)
        var beta = Campaign(slug: "beta", title: "Partner webinars", createdOn: Day(iso: "2026-09-02")!)
        try r.insert(&beta)
        try r.makeCurrent(slug: "alpha")
        self.alpha = alpha.id!
        self.beta = beta.id!
        var goal = Goal(campaignId: self.alpha, text: "Grow pipeline", department: "Sales")
        try r.insert(&goal)
        self.goal = goal.id!
        var julie = Stakeholder(name: "Julie Martin", role: "CFO", department: "Finance", influence: 5)
        var paul = Stakeholder(name: "Paul Durand", role: "AE", influence: 2)
        try r.insert(&julie)
        try r.insert(&paul)
        self.julie = julie.id!
        self.paul = paul.id!
        try r.save(CampaignStakeholder(campaignId: self.alpha, stakeholderId: self.julie, targetStance: .supporter, initialStance: .skeptic))
        try r.save(CampaignStakeholder(campaignId: self.alpha, stakeholderId: self.paul, targetStance: .champion))
        try r.addInfluence(InfluenceLink(influencerId: self.paul, influencedId: self.julie))
        // Paul, never met, was heard in the hallway to be neutral.
        var noted = StanceChange(campaignId: self.alpha, stakeholderId: self.paul, day: Day(iso: "2026-10-20")!, stance: .neutral)
        try r.insert(&noted)
        var first = Meeting(campaignId: self.alpha, stakeholderId: self.julie, day: Day(iso: "2026-10-01")!, channel: .video,
                            stanceBefore: .skeptic, stanceAfter: .neutral, summary: "Walked through the pilot", outcome: "Wants a cheaper option")
        var second = Meeting(campaignId: self.alpha, stakeholderId: self.julie, day: Day(iso: "2026-11-12")!, channel: .inPerson,
                             stanceBefore: nil, stanceAfter: .supporter, summary: "", outcome: "Will fund from Q1")
        try r.insert(&first)
        try r.insert(&second)
        firstMeeting = first.id!
        secondMeeting = second.id!
        try r.insertNote(meeting: firstMeeting, text: "Private réticence about the budget")
        var shared = MeetingQuote(meetingId: firstMeeting, text: "Show me the pipeline", isShareable: true)
        var unshared = MeetingQuote(meetingId: firstMeeting, text: "This budget is a joke", isShareable: false)
        try r.insert(&shared)
        try r.insert(&unshared)
        sharedQuote = shared.id!
        var followUp = FollowUp(campaignId: self.alpha, meetingId: firstMeeting, text: "Send the quote", due: Day(iso: "2026-10-08"))
        try r.insert(&followUp)
        self.followUp = followUp.id!
        var change = IdeaChange(meetingId: firstMeeting, text: "Start with 25 seats")
        try r.insert(&change)
        var open = Objection(campaignId: self.alpha, stakeholderId: self.julie, meetingId: firstMeeting, text: "Too expensive",
                             concern: "Budget", category: .cost, response: "", isConfirmed: false, status: .open,
                             raisedOn: Day(iso: "2026-10-01")!)
        var answered = Objection(campaignId: self.alpha, stakeholderId: self.paul, meetingId: nil, text: "No time to post",
                                 concern: "", category: .timing, response: "Ten minutes a week", isConfirmed: true, status: .answered,
                                 raisedOn: Day(iso: "2026-09-20")!)
        try r.insert(&answered)
        try r.insert(&open)
        openObjection = open.id!
        answeredObjection = answered.id!
        var win = Win(campaignId: self.alpha, day: Day(iso: "2026-10-15")!, text: "Pilot doubled replies", kind: .metric)
        try r.insert(&win)
        self.win = win.id!
        try r.link(win: self.win, stakeholder: self.julie)
        var metric = Metric(campaignId: self.alpha, label: "Replies", value: 12, unit: "%", source: "CRM")
        try r.insert(&metric)
        self.metric = metric.id!
        var cheap = DecisionOption(campaignId: self.alpha, text: "Extend the pilot", cost: 14, costUnit: "k€")
        var full = DecisionOption(campaignId: self.alpha, text: "Full programme", cost: 50, costUnit: "k€", isRecommended: true)
        try r.insert(&cheap)
        try r.insert(&full)
        cheapOption = cheap.id!
        fullOption = full.id!
        var decision = Decision(campaignId: self.alpha, outcome: .deferred, day: Day(iso: "2026-11-20")!, reason: "Wait for Q1")
        try r.insert(&decision)
    }
}

/// One repository method's contract: what it must do on any store.
struct StoreContract: Sendable {
    /// The method as `Repositories.swift` declares it: its name and labels, and the type of an
    /// unlabelled first parameter (`insert(_:) Campaign`).
    let method: String
    let check: @Sendable (any Records, Seed) throws -> Void

    static let rollback = "contract rolled back"

    init(_ method: String, _ check: @escaping @Sendable (any Records, Seed) throws -> Void) {
        self.method = method
        self.check = check
    }

    static let all: [StoreContract] = campaigns + stakeholders + meetings + objections + wins + options + decisions + search + transfer

    static let campaigns: [StoreContract] = [
        StoreContract("campaign(slug:)") { r, s throws in
            #expect(try r.campaign(slug: "alpha")?.id == s.alpha)
            #expect(try r.campaign(slug: "gamma") == nil)
        },
        StoreContract("campaign(id:)") { r, s throws in
            let alpha = try #require(try r.campaign(id: s.alpha))
            #expect(alpha.title == "Social selling" && alpha.author == "Léa" && alpha.createdOn == Day(iso: "2026-09-01"))
            #expect(try r.campaign(id: 999_999) == nil)
        },
        StoreContract("currentCampaign()") { r, s throws in #expect(try r.currentCampaign()?.id == s.alpha) },
        StoreContract("latestCampaign()") { r, s throws in #expect(try r.latestCampaign()?.id == s.beta) },
        StoreContract("isSlugTaken(_:) String") { r, _ throws in
            #expect(try r.isSlugTaken("beta"))
            #expect(try !r.isSlugTaken("gamma"))
        },
        StoreContract("insert(_:) Campaign") { r, _ throws in
            var gamma = Campaign(slug: "gamma", title: "Γ « quoted »", createdOn: Seed.today)
            try r.insert(&gamma)
            #expect(try r.campaign(id: #require(gamma.id)) == gamma)
        },
        StoreContract("update(_:) Campaign") { r, s throws in
            var alpha = try #require(try r.campaign(id: s.alpha))
            alpha.why = "Buyers read LinkedIn first"
            alpha.decideBy = Day(iso: "2026-12-03")
            alpha.currency = "CHF"
            try r.update(alpha)
            #expect(try r.campaign(id: s.alpha) == alpha)
        },
        StoreContract("makeCurrent(slug:)") { r, s throws in
            try r.makeCurrent(slug: "beta")
            #expect(try r.currentCampaign()?.id == s.beta)
            try r.makeCurrent(slug: "alpha")
            #expect(try r.currentCampaign()?.id == s.alpha)
        },
        StoreContract("campaignSummaries()") { r, _ throws in
            let summaries = try r.campaignSummaries()
            #expect(summaries.map(\.slug) == ["alpha", "beta"])
            #expect(summaries.map(\.decision) == [.deferred, nil])
            #expect(summaries.allSatisfy { !$0.isCurrent })
        },
        StoreContract("insert(_:) Goal") { r, s throws in
            var goal = Goal(campaignId: s.beta, text: "Ten webinars", target: "10", reviewOn: Day(iso: "2027-06-30"))
            try r.insert(&goal)
            #expect(try r.goal(id: #require(goal.id), campaign: s.beta) == goal)
        },
        StoreContract("goal(id:campaign:)") { r, s throws in
            #expect(try r.goal(id: s.goal, campaign: s.alpha)?.text == "Grow pipeline")
            #expect(try r.goal(id: s.goal, campaign: s.beta) == nil, "only within its campaign")
        },
        StoreContract("update(_:) Goal") { r, s throws in
            var goal = try #require(try r.goal(id: s.goal, campaign: s.alpha))
            goal.baseline = "1800"
            try r.update(goal)
            #expect(try r.goal(id: s.goal, campaign: s.alpha) == goal)
        },
        StoreContract("goals(campaign:)") { r, s throws in
            #expect(try r.goals(campaign: s.alpha).map(\.id) == [s.goal])
            #expect(try r.goals(campaign: s.beta) == [])
        },
        StoreContract("counts(campaign:today:)") { r, s throws in
            let counts = try r.counts(campaign: s.alpha, today: Seed.today)
            #expect(counts == CampaignCounts(goals: 1, meetings: 2, objections: 2, openObjections: 1, oldestOpenObjection: s.openObjection,
                                             wins: 1, openFollowUps: 1, overdueFollowUps: 1))
            #expect(try r.counts(campaign: s.beta, today: Seed.today).meetings == 0)
        },
        StoreContract("notePreReadWritten(campaign:on:)") { r, s throws in
            try r.notePreReadWritten(campaign: s.alpha, on: Day(iso: "2026-11-20")!)
            try r.notePreReadWritten(campaign: s.alpha, on: Day(iso: "2026-11-22")!)
            #expect(try r.preReadWritten(campaign: s.alpha) == Day(iso: "2026-11-22"), "the last one")
            #expect(try r.currentCampaign()?.id == s.alpha, "the current campaign's setting is untouched")
        },
        StoreContract("preReadWritten(campaign:)") { r, s throws in
            #expect(try r.preReadWritten(campaign: s.alpha) == nil)
            try r.notePreReadWritten(campaign: s.beta, on: Day(iso: "2026-11-20")!)
            #expect(try r.preReadWritten(campaign: s.alpha) == nil && r.preReadWritten(campaign: s.beta) == Day(iso: "2026-11-20"))
        },
        StoreContract("deleteCampaign(id:)") { r, s throws in
            try r.deleteCampaign(id: s.alpha)
            #expect(try r.campaign(id: s.alpha) == nil)
            #expect(try r.meetingSummary(id: s.firstMeeting, campaign: nil) == nil, "its meetings go with it")
            #expect(try r.stakeholder(id: s.julie) != nil, "the people stay")
            #expect(try r.stanceChanges(campaign: s.alpha) == [], "noted stances go with it")
        },
        StoreContract("delete(_:id:campaign:) RecordKind") { r, s throws in
            #expect(try !r.delete(.meeting, id: s.firstMeeting, campaign: s.beta), "not in that campaign")
            #expect(try r.delete(.meeting, id: s.firstMeeting, campaign: s.alpha))
            #expect(try r.meeting(id: s.firstMeeting, campaign: s.alpha) == nil)
            #expect(try r.notes(meeting: s.firstMeeting) == [])
            #expect(try r.quotes(meeting: s.firstMeeting) == [])
            #expect(try r.ideaChanges(meeting: s.firstMeeting) == [], "its changes to the idea go with it")
            #expect(try r.followUp(id: s.followUp, campaign: s.alpha) == nil, "its next steps go with it")
            #expect(try r.objection(id: s.openObjection, campaign: s.alpha)?.meetingId == nil, "its objection stays, unlinked")
            var followUp = FollowUp(campaignId: s.alpha, meetingId: nil, text: "Book the room", due: nil)
            try r.insert(&followUp)
            for (kind, id) in [(RecordKind.objection, s.openObjection), (.win, s.win), (.followUp, followUp.id!), (.metric, s.metric),
                               (.goal, s.goal), (.decisionOption, s.cheapOption)] {
                #expect(try r.delete(kind, id: id, campaign: s.alpha), "\(kind)")
                #expect(try !r.delete(kind, id: id, campaign: s.alpha), "\(kind) twice")
            }
        },
    ]

    static let stakeholders: [StoreContract] = [
        StoreContract("stakeholder(id:)") { r, s throws in
            #expect(try r.stakeholder(id: s.julie)?.name == "Julie Martin")
            #expect(try r.stakeholder(id: 999_999) == nil)
        },
        StoreContract("stakeholder(foldedName:)") { r, s throws in #expect(try r.stakeholder(foldedName: "julie martin")?.id == s.julie) },
        StoreContract("stakeholders(matching:_:limit:)") { r, s throws in
            #expect(try r.stakeholders(matching: .wholeWord, "martin", limit: 5).map(\.id) == [s.julie])
            #expect(try r.stakeholders(matching: .prefix, "pa", limit: 5).map(\.id) == [s.paul])
            #expect(try r.stakeholders(matching: .wordPrefix, "dur", limit: 5).map(\.id) == [s.paul])
            #expect(try r.stakeholders(matching: .prefix, "%", limit: 5) == [], "wildcards are literal")
            #expect(try r.stakeholders(matching: .wordPrefix, "", limit: 1).count == 1, "at most the limit")
        },
        StoreContract("isNameTaken(_:except:) String") { r, s throws in
            #expect(try r.isNameTaken("julie martin", except: nil))
            #expect(try !r.isNameTaken("julie martin", except: s.julie))
            #expect(try r.isNameTaken("julie martin", except: s.paul))
            #expect(try !r.isNameTaken("nobody", except: nil))
        },
        StoreContract("insert(_:) Stakeholder") { r, _ throws in
            var person = Stakeholder(name: "Hélène Marchand", role: "CEO", email: "h@example.com", influence: 5, interest: 4)
            try r.insert(&person)
            #expect(try r.stakeholder(id: #require(person.id)) == person)
        },
        StoreContract("update(_:) Stakeholder") { r, s throws in
            var person = try #require(try r.stakeholder(id: s.paul))
            person.department = "Sales"
            person.influence = 3
            try r.update(person)
            #expect(try r.stakeholder(id: s.paul) == person)
        },
        StoreContract("allStakeholders()") { r, s throws in #expect(try r.allStakeholders().map(\.id) == [s.julie, s.paul]) },
        StoreContract("stakeholderNames()") { r, s throws in
            let everyone = try r.allStakeholders()
            #expect(try r.stakeholderNames() == everyone.map { StakeholderName(id: $0.id!, name: $0.name, foldedName: $0.foldedName) })
            #expect(try r.stakeholderNames().map(\.id) == [s.julie, s.paul])
        },
        StoreContract("mapping(campaign:stakeholder:)") { r, s throws in
            #expect(try r.mapping(campaign: s.alpha, stakeholder: s.julie)
                    == CampaignStakeholder(campaignId: s.alpha, stakeholderId: s.julie, targetStance: .supporter, initialStance: .skeptic))
            #expect(try r.mapping(campaign: s.beta, stakeholder: s.julie) == nil)
        },
        StoreContract("save(_:) CampaignStakeholder") { r, s throws in
            let changed = CampaignStakeholder(campaignId: s.alpha, stakeholderId: s.julie, targetStance: .champion, initialStance: .neutral,
                                              decisionRole: .approver, hasVeto: true)
            try r.save(changed)
            #expect(try r.mapping(campaign: s.alpha, stakeholder: s.julie) == changed, "saving again replaces")
            let julie = try #require(try r.mappedStakeholders(campaign: s.alpha).first)
            #expect(julie.decisionRole == .approver && julie.hasVeto)
            let added = CampaignStakeholder(campaignId: s.beta, stakeholderId: s.julie)
            try r.save(added)
            #expect(try r.mapping(campaign: s.beta, stakeholder: s.julie) == added)
        },
        StoreContract("mappedStakeholders(campaign:)") { r, s throws in
            let mapped = try r.mappedStakeholders(campaign: s.alpha)
            #expect(mapped.map(\.id) == [s.julie, s.paul], "most influential first")
            let julie = try #require(mapped.first)
            #expect(julie.meetingCount == 2 && julie.lastMet == Day(iso: "2026-11-12"))
            #expect(julie.firstStance == .skeptic && julie.currentStance == .supporter && julie.targetStance == .supporter)
            #expect(mapped.last?.meetingCount == 0 && mapped.last?.lastMet == nil)
            #expect(mapped.last?.currentStance == .neutral && mapped.last?.firstStance == nil, "a noted stance is where they stand, not where they started")
            // A stance noted on the day of her last meeting is the later word; one noted before it is not.
            var same = StanceChange(campaignId: s.alpha, stakeholderId: s.julie, day: Day(iso: "2026-11-12")!, stance: .champion)
            var earlier = StanceChange(campaignId: s.alpha, stakeholderId: s.julie, day: Day(iso: "2026-10-05")!, stance: .blocker)
            try r.insert(&earlier)
            #expect(try r.mappedStakeholders(campaign: s.alpha).first?.currentStance == .supporter)
            try r.insert(&same)
            #expect(try r.mappedStakeholders(campaign: s.alpha).first?.currentStance == .champion)
        },
        StoreContract("latestStance(campaign:stakeholder:)") { r, s throws in
            #expect(try r.latestStance(campaign: s.alpha, stakeholder: s.julie) == .supporter)
            #expect(try r.latestStance(campaign: s.alpha, stakeholder: s.paul) == .neutral, "noted outside a meeting")
            #expect(try r.latestStance(campaign: s.beta, stakeholder: s.paul) == nil)
            var earlier = StanceChange(campaignId: s.alpha, stakeholderId: s.julie, day: Day(iso: "2026-10-05")!, stance: .blocker)
            try r.insert(&earlier)
            #expect(try r.latestStance(campaign: s.alpha, stakeholder: s.julie) == .supporter, "her later meeting stands")
            var later = StanceChange(campaignId: s.alpha, stakeholderId: s.julie, day: Day(iso: "2026-11-12")!, stance: .champion)
            try r.insert(&later)
            #expect(try r.latestStance(campaign: s.alpha, stakeholder: s.julie) == .champion, "on one day, the noted stance")
        },
        StoreContract("insert(_:) StanceChange") { r, s throws in
            var change = StanceChange(campaignId: s.alpha, stakeholderId: s.julie, day: Day(iso: "2026-11-20")!, stance: .champion)
            let id = try r.insert(&change)
            #expect(change.id == id)
            #expect(try r.stanceChanges(campaign: s.alpha).last == change)
        },
        StoreContract("stanceChanges(campaign:)") { r, s throws in
            let changes = try r.stanceChanges(campaign: s.alpha)
            #expect(changes.map(\.stakeholderId) == [s.paul] && changes.first?.stance == .neutral && changes.first?.day == Day(iso: "2026-10-20"))
            #expect(try r.stanceChanges(campaign: s.beta) == [])
        },
        StoreContract("mappings(stakeholder:)") { r, s throws in
            #expect(try r.mappings(stakeholder: s.julie).map(\.campaignId) == [s.alpha])
        },
        StoreContract("deleteMapping(campaign:stakeholder:)") { r, s throws in
            try r.deleteMapping(campaign: s.alpha, stakeholder: s.paul)
            #expect(try r.mappedStakeholders(campaign: s.alpha).map(\.id) == [s.julie])
            #expect(try r.stakeholder(id: s.paul) != nil, "the person stays")
        },
        StoreContract("timeline(stakeholder:)") { r, s throws in
            let events = try r.timeline(stakeholder: s.julie)
            #expect(events.map(\.kind) == [.meeting, .nextStep, .objection, .win, .meeting])
            #expect(events.first?.day == Day(iso: "2026-10-01") && events.first?.stanceAfter == .neutral)
            #expect(events[1].due == Day(iso: "2026-10-08") && events[2].objectionStatus == .open)
            let paul = try r.timeline(stakeholder: s.paul)
            #expect(paul.map(\.kind) == [.objection, .stance], "his answered objection, then the stance heard in October")
            #expect(paul.last?.stanceAfter == .neutral && paul.last?.day == Day(iso: "2026-10-20"))
        },
        StoreContract("meetingCount(stakeholder:)") { r, s throws in
            #expect(try r.meetingCount(stakeholder: s.julie) == 2)
            #expect(try r.meetingCount(stakeholder: s.paul) == 0)
        },
        StoreContract("reassignRecords(from:to:)") { r, s throws in
            var noted = StanceChange(campaignId: s.alpha, stakeholderId: s.julie, day: Day(iso: "2026-11-20")!, stance: .champion)
            try r.insert(&noted)
            try r.reassignRecords(from: s.julie, to: s.paul)
            #expect(try r.meetingCount(stakeholder: s.paul) == 2)
            #expect(try r.stanceChanges(campaign: s.alpha).map(\.stakeholderId) == [s.paul, s.paul], "noted stances move too")
            #expect(try r.objection(id: s.openObjection, campaign: s.alpha)?.stakeholderId == s.paul)
            #expect(try r.wins(campaign: s.alpha, only: s.win).first?.people == ["Paul Durand"])
            #expect(try r.influences() == [], "a link between the two is not kept as a link to oneself")
        },
        StoreContract("addInfluence(_:) InfluenceLink") { r, s throws in
            var hélène = Stakeholder(name: "Hélène Marchand")
            let id = try r.insert(&hélène)
            try r.addInfluence(InfluenceLink(influencerId: s.julie, influencedId: id))
            try r.addInfluence(InfluenceLink(influencerId: s.julie, influencedId: id))
            #expect(try r.influences() == [InfluenceLink(influencerId: s.julie, influencedId: id),
                                          InfluenceLink(influencerId: s.paul, influencedId: s.julie)].sorted { $0.influencerId < $1.influencerId },
                    "once, whatever the order of insertion")
        },
        StoreContract("removeInfluence(_:) InfluenceLink") { r, s throws in
            #expect(try r.removeInfluence(InfluenceLink(influencerId: s.paul, influencedId: s.julie)))
            #expect(try !r.removeInfluence(InfluenceLink(influencerId: s.paul, influencedId: s.julie)), "no longer there")
            #expect(try r.influences() == [])
        },
        StoreContract("influences()") { r, s throws in
            #expect(try r.influences() == [InfluenceLink(influencerId: s.paul, influencedId: s.julie)])
        },
        StoreContract("deleteStakeholder(id:)") { r, s throws in
            try r.deleteStakeholder(id: s.julie)
            #expect(try r.influences() == [], "their links go with them")
            #expect(try r.stakeholder(id: s.julie) == nil)
            #expect(try r.meetingSummaries(campaign: s.alpha, stakeholder: nil) == [])
            #expect(try r.objection(id: s.openObjection, campaign: s.alpha)?.stakeholderId == nil, "their objection stays, unnamed")
            try r.deleteStakeholder(id: s.paul)
            #expect(try r.stanceChanges(campaign: s.alpha) == [], "noted stances go with the person")
        },
    ]

    static let meetings: [StoreContract] = [
        StoreContract("insert(_:) Meeting") { r, s throws in
            var meeting = Meeting(campaignId: s.beta, stakeholderId: s.paul, day: Seed.today, channel: .call, stanceBefore: nil,
                                  stanceAfter: .blocker, summary: "Line one\nline two", outcome: "")
            try r.insert(&meeting)
            #expect(try r.meeting(id: #require(meeting.id), campaign: s.beta) == meeting)
        },
        StoreContract("meeting(id:campaign:)") { r, s throws in
            #expect(try r.meeting(id: s.firstMeeting, campaign: s.alpha)?.outcome == "Wants a cheaper option")
            #expect(try r.meeting(id: s.firstMeeting, campaign: s.beta) == nil)
        },
        StoreContract("update(_:) Meeting") { r, s throws in
            var meeting = try #require(try r.meeting(id: s.secondMeeting, campaign: s.alpha))
            meeting.channel = .chat
            meeting.stanceBefore = .neutral
            try r.update(meeting)
            #expect(try r.meeting(id: s.secondMeeting, campaign: s.alpha) == meeting)
        },
        StoreContract("deleteNotes(meeting:)") { r, s throws in
            try r.deleteNotes(meeting: s.firstMeeting)
            #expect(try r.notes(meeting: s.firstMeeting) == [])
        },
        StoreContract("deleteQuotes(meeting:shareable:)") { r, s throws in
            try r.deleteQuotes(meeting: s.firstMeeting, shareable: false)
            #expect(try r.quotes(meeting: s.firstMeeting).map(\.text) == ["Show me the pipeline"])
            try r.deleteQuotes(meeting: s.firstMeeting, shareable: true)
            #expect(try r.quotes(meeting: s.firstMeeting) == [])
        },
        StoreContract("othersQuotes(meeting:shareable:)") { r, s throws in
            // Written by this member: never another's. (Another member's: TeamTrustTests.)
            #expect(try r.othersQuotes(meeting: s.firstMeeting, shareable: true) == [])
            #expect(try r.othersQuotes(meeting: s.firstMeeting, shareable: false) == [])
        },
        StoreContract("insertNote(meeting:text:)") { r, s throws in
            try r.insertNote(meeting: s.firstMeeting, text: "Second note; with 'quotes' and ?")
            #expect(try r.notes(meeting: s.firstMeeting) == ["Private réticence about the budget", "Second note; with 'quotes' and ?"])
        },
        StoreContract("insert(_:) MeetingQuote") { r, s throws in
            var quote = MeetingQuote(meetingId: s.secondMeeting, text: "Count me in", isShareable: true)
            try r.insert(&quote)
            #expect(try r.quotes(meeting: s.secondMeeting) == [quote])
        },
        StoreContract("insert(_:) FollowUp") { r, s throws in
            var followUp = FollowUp(campaignId: s.alpha, meetingId: nil, text: "Book the decision meeting", due: nil)
            try r.insert(&followUp)
            #expect(try r.followUp(id: #require(followUp.id), campaign: s.alpha) == followUp)
        },
        StoreContract("meetingSummaries(campaign:stakeholder:)") { r, s throws in
            let all = try r.meetingSummaries(campaign: s.alpha, stakeholder: nil)
            #expect(all.map(\.id) == [s.firstMeeting, s.secondMeeting])
            #expect(all.first?.stakeholder == "Julie Martin" && all.first?.channel == .video && all.first?.stanceBefore == .skeptic)
            #expect(try r.meetingSummaries(campaign: s.alpha, stakeholder: s.paul) == [])
        },
        StoreContract("meetingCount(campaign:stakeholder:day:)") { r, s throws in
            #expect(try r.meetingCount(campaign: s.alpha, stakeholder: s.julie, day: Day(iso: "2026-10-01")!) == 1)
            #expect(try r.meetingCount(campaign: s.beta, stakeholder: s.julie, day: Day(iso: "2026-10-01")!) == 0)
        },
        StoreContract("meetingSummary(id:campaign:)") { r, s throws in
            #expect(try r.meetingSummary(id: s.secondMeeting, campaign: nil)?.outcome == "Will fund from Q1")
            #expect(try r.meetingSummary(id: s.secondMeeting, campaign: s.alpha)?.stanceAfter == .supporter)
            #expect(try r.meetingSummary(id: s.secondMeeting, campaign: s.beta) == nil)
        },
        StoreContract("notes(meeting:)") { r, s throws in
            #expect(try r.notes(meeting: s.firstMeeting) == ["Private réticence about the budget"])
            #expect(try r.notes(meeting: s.secondMeeting) == [])
        },
        StoreContract("quotes(meeting:)") { r, s throws in
            let quotes = try r.quotes(meeting: s.firstMeeting)
            #expect(quotes.map(\.text) == ["Show me the pipeline", "This budget is a joke"])
            #expect(quotes.map(\.isShareable) == [true, false])
        },
        StoreContract("followUps(meeting:)") { r, s throws in
            #expect(try r.followUps(meeting: s.firstMeeting).map(\.id) == [s.followUp])
        },
        StoreContract("openFollowUps(campaign:)") { r, s throws in
            var undated = FollowUp(campaignId: s.alpha, meetingId: nil, text: "Undated", due: nil)
            try r.insert(&undated)
            let open = try r.openFollowUps(campaign: s.alpha)
            #expect(open.map(\.id) == [s.followUp, undated.id], "dated first")
            #expect(open.first?.stakeholder == "Julie Martin" && open.last?.stakeholder == nil)
        },
        StoreContract("followUp(id:campaign:)") { r, s throws in
            #expect(try r.followUp(id: s.followUp, campaign: s.alpha)?.text == "Send the quote")
            #expect(try r.followUp(id: s.followUp, campaign: s.beta) == nil)
        },
        StoreContract("update(_:) FollowUp") { r, s throws in
            var followUp = try #require(try r.followUp(id: s.followUp, campaign: s.alpha))
            followUp.doneOn = Seed.today
            try r.update(followUp)
            #expect(try r.followUp(id: s.followUp, campaign: s.alpha) == followUp)
            #expect(try r.openFollowUps(campaign: s.alpha) == [])
        },
        StoreContract("insert(_:) IdeaChange") { r, s throws in
            var change = IdeaChange(meetingId: s.secondMeeting, text: "Fund it from Q1")
            let id = try r.insert(&change)
            #expect(change.id == id)
            #expect(try r.ideaChanges(meeting: s.secondMeeting) == [change])
        },
        StoreContract("ideaChanges(meeting:)") { r, s throws in
            #expect(try r.ideaChanges(meeting: s.firstMeeting).map(\.text) == ["Start with 25 seats"])
            #expect(try r.ideaChanges(meeting: s.secondMeeting) == [])
        },
        StoreContract("deleteIdeaChanges(meeting:)") { r, s throws in
            try r.deleteIdeaChanges(meeting: s.firstMeeting)
            #expect(try r.ideaChanges(meeting: s.firstMeeting) == [])
        },
        StoreContract("ideaChanges(campaign:)") { r, s throws in
            var later = IdeaChange(meetingId: s.secondMeeting, text: "Fund it from Q1")
            try r.insert(&later)
            let changes = try r.ideaChanges(campaign: s.alpha)
            #expect(changes.map(\.text) == ["Start with 25 seats", "Fund it from Q1"], "oldest meeting first")
            #expect(changes.first?.stakeholder == "Julie Martin" && changes.first?.day == Day(iso: "2026-10-01") && changes.first?.meetingId == s.firstMeeting)
            #expect(try r.ideaChanges(campaign: s.beta) == [])
        },
        StoreContract("shareableQuotes(campaign:)") { r, s throws in
            let quotes = try r.shareableQuotes(campaign: s.alpha)
            #expect(quotes.map(\.text) == ["Show me the pipeline"], "never a private one")
            #expect(quotes.first?.stakeholder == "Julie Martin" && quotes.first?.day == Day(iso: "2026-10-01"))
        },
    ]

    static let objections: [StoreContract] = [
        StoreContract("insert(_:) Objection") { r, s throws in
            var objection = Objection(campaignId: s.beta, stakeholderId: nil, meetingId: nil, text: "Who posts?", concern: "",
                                      category: .other, response: "", isConfirmed: false, status: .open, raisedOn: Seed.today)
            try r.insert(&objection)
            #expect(try r.objection(id: #require(objection.id), campaign: s.beta) == objection)
        },
        StoreContract("objection(id:campaign:)") { r, s throws in
            #expect(try r.objection(id: s.openObjection, campaign: s.alpha)?.text == "Too expensive")
            #expect(try r.objection(id: s.openObjection, campaign: s.beta) == nil)
        },
        StoreContract("update(_:) Objection") { r, s throws in
            var objection = try #require(try r.objection(id: s.openObjection, campaign: s.alpha))
            objection.status = .answered
            objection.response = "Phased: 14k first"
            try r.update(objection)
            #expect(try r.objection(id: s.openObjection, campaign: s.alpha) == objection)
        },
        StoreContract("objectionView(id:campaign:)") { r, s throws in
            let view = try #require(try r.objectionView(id: s.openObjection, campaign: s.alpha))
            #expect(view.stakeholder == "Julie Martin" && view.meetingId == s.firstMeeting && view.category == .cost && !view.isConfirmed)
            #expect(try r.objectionView(id: s.openObjection, campaign: s.beta) == nil)
        },
        StoreContract("objectionViews(campaign:order:)") { r, s throws in
            #expect(try r.objectionViews(campaign: s.alpha, order: .raised).map(\.id) == [s.answeredObjection, s.openObjection])
            #expect(try r.objectionViews(campaign: s.alpha, order: .openOnly).map(\.id) == [s.openObjection])
            #expect(try r.objectionViews(campaign: s.alpha, order: .openFirst).map(\.id) == [s.openObjection, s.answeredObjection])
        },
    ]

    static let wins: [StoreContract] = [
        StoreContract("insert(_:) Win") { r, s throws in
            var win = Win(campaignId: s.beta, day: Seed.today, text: "First webinar booked", kind: .commitment)
            try r.insert(&win)
            #expect(try r.win(id: #require(win.id), campaign: s.beta) == win)
        },
        StoreContract("link(win:stakeholder:)") { r, s throws in
            try r.link(win: s.win, stakeholder: s.paul)
            try r.link(win: s.win, stakeholder: s.paul)
            #expect(try r.wins(campaign: s.alpha, only: s.win).first?.people == ["Julie Martin", "Paul Durand"], "once each")
        },
        StoreContract("win(id:campaign:)") { r, s throws in
            #expect(try r.win(id: s.win, campaign: s.alpha)?.kind == .metric)
            #expect(try r.win(id: s.win, campaign: s.beta) == nil)
        },
        StoreContract("update(_:) Win") { r, s throws in
            var win = try #require(try r.win(id: s.win, campaign: s.alpha))
            win.text = "Pilot tripled replies"
            try r.update(win)
            #expect(try r.win(id: s.win, campaign: s.alpha) == win)
        },
        StoreContract("unlinkPeople(win:)") { r, s throws in
            try r.unlinkPeople(win: s.win)
            #expect(try r.wins(campaign: s.alpha, only: s.win).first?.people == [])
        },
        StoreContract("wins(campaign:only:)") { r, s throws in
            var later = Win(campaign: s.alpha, text: "Sales director on board")
            try r.insert(&later)
            #expect(try r.wins(campaign: s.alpha, only: nil).map(\.id) == [s.win, later.id!], "by day")
            #expect(try r.wins(campaign: s.alpha, only: s.win)
                    == [WinView(id: s.win, day: Day(iso: "2026-10-15")!, text: "Pilot doubled replies", kind: .metric, people: ["Julie Martin"])])
            #expect(try r.wins(campaign: s.beta, only: s.win) == [])
        },
        StoreContract("insert(_:) Metric") { r, s throws in
            var metric = Metric(campaignId: s.beta, label: "Sign-ups", value: 1.5, day: Seed.today)
            try r.insert(&metric)
            #expect(try r.metric(id: #require(metric.id), campaign: s.beta) == metric)
        },
        StoreContract("metric(id:campaign:)") { r, s throws in
            #expect(try r.metric(id: s.metric, campaign: s.alpha)?.value == 12)
            #expect(try r.metric(id: s.metric, campaign: s.beta) == nil)
        },
        StoreContract("update(_:) Metric") { r, s throws in
            var metric = try #require(try r.metric(id: s.metric, campaign: s.alpha))
            metric.value = 12.25
            try r.update(metric)
            #expect(try r.metric(id: s.metric, campaign: s.alpha) == metric)
        },
        StoreContract("metrics(campaign:)") { r, s throws in #expect(try r.metrics(campaign: s.alpha).map(\.id) == [s.metric]) },
    ]

    static let options: [StoreContract] = [
        StoreContract("insert(_:) DecisionOption") { r, s throws in
            var option = DecisionOption(campaignId: s.beta, text: "Do nothing", cost: nil)
            try r.insert(&option)
            #expect(try r.option(id: #require(option.id), campaign: s.beta) == option)
        },
        StoreContract("option(id:campaign:)") { r, s throws in
            #expect(try r.option(id: s.fullOption, campaign: s.alpha)?.isRecommended == true)
            #expect(try r.option(id: s.fullOption, campaign: s.beta) == nil)
        },
        StoreContract("update(_:) DecisionOption") { r, s throws in
            var option = try #require(try r.option(id: s.cheapOption, campaign: s.alpha))
            option.cost = 14.5
            option.pros = "Cheap"
            try r.update(option)
            #expect(try r.option(id: s.cheapOption, campaign: s.alpha) == option)
        },
        StoreContract("options(campaign:)") { r, s throws in
            #expect(try r.options(campaign: s.alpha).map(\.id) == [s.cheapOption, s.fullOption], "in the order added")
        },
        StoreContract("unrecommendOptions(campaign:except:)") { r, s throws in
            var cheap = try #require(try r.option(id: s.cheapOption, campaign: s.alpha))
            cheap.isRecommended = true
            try r.update(cheap)
            try r.unrecommendOptions(campaign: s.alpha, except: s.cheapOption)
            #expect(try r.options(campaign: s.alpha).map(\.isRecommended) == [true, false])
        },
    ]

    static let decisions: [StoreContract] = [
        StoreContract("insert(_:) Decision") { r, s throws in
            var decision = Decision(campaignId: s.alpha, outcome: .approved, day: Day(iso: "2026-12-03")!, lessons: "Ask early")
            try r.insert(&decision)
            #expect(try r.latestDecision(campaign: s.alpha) == decision)
        },
        StoreContract("decisions(campaign:)") { r, s throws in
            #expect(try r.decisions(campaign: s.alpha).map(\.outcome) == [.deferred])
            #expect(try r.decisions(campaign: s.beta) == [])
        },
        StoreContract("latestDecision(campaign:)") { r, s throws in
            #expect(try r.latestDecision(campaign: s.alpha)?.reason == "Wait for Q1")
            #expect(try r.latestDecision(campaign: s.beta) == nil)
        },
    ]

    static let search: [StoreContract] = [
        StoreContract("search(_:kinds:campaign:limit:) SearchQuery") { r, s throws in
            let shareable = SearchHit.Kind.allCases.filter { !$0.isPrivate }
            let cheaper = try r.search(SearchQuery("cheaper"), kinds: shareable, campaign: nil, limit: 10)
            #expect(cheaper.map(\.kind) == [.meeting] && cheaper.first?.id == s.firstMeeting)
            #expect(cheaper.first?.campaignSlug == "alpha" && cheaper.first?.stakeholder == "Julie Martin")
            #expect(cheaper.first?.text == "Walked through the pilot\nWants a cheaper option")
            #expect(try r.search(SearchQuery("reticence"), kinds: shareable, campaign: nil, limit: 10) == [], "private text only when asked")
            let note = try r.search(SearchQuery("RÉTICENCE budget"), kinds: SearchHit.Kind.allCases, campaign: s.alpha, limit: 10)
            #expect(note.map(\.kind) == [.note] && note.first?.id == s.firstMeeting, "a note is found as its meeting, accents folded")
            #expect(try r.search(SearchQuery("pilot"), kinds: [.win], campaign: s.beta, limit: 10) == [], "within the campaign")
            #expect(try r.search(SearchQuery("pilot"), kinds: shareable, campaign: nil, limit: 1).count == 1, "at most the limit")
            // A quote the person agreed to share is found without asking for private text; one
            // they did not, only when asked, and then as a quote.
            let shared = try r.search(SearchQuery("show me"), kinds: shareable, campaign: nil, limit: 10)
            #expect(shared.map(\.kind) == [.sharedQuote] && shared.first?.id == s.firstMeeting && shared.first?.text == "Show me the pipeline")
            #expect(try r.search(SearchQuery("joke"), kinds: shareable, campaign: nil, limit: 10) == [])
            let everything = SearchHit.Kind.allCases.filter { $0 != .sharedQuote }
            #expect(try r.search(SearchQuery("joke"), kinds: everything, campaign: nil, limit: 10).map(\.kind) == [.quote])
            #expect(try r.search(SearchQuery("show me"), kinds: everything, campaign: nil, limit: 10).map(\.kind) == [.quote])
            // A typed word of several is a phrase: "P&L" is P then L, not P and L anywhere.
            var phrase = Win(campaignId: s.alpha, day: Day(iso: "2026-11-20")!, text: "The P&L review went well", kind: .other)
            var apart = Win(campaignId: s.alpha, day: Day(iso: "2026-11-21")!, text: "Pipeline grew; Legal agreed", kind: .other)
            try r.insert(&phrase)
            try r.insert(&apart)
            #expect(try r.search(SearchQuery("P&L"), kinds: [.win], campaign: nil, limit: 10).map(\.id) == [phrase.id!])
            let loose = try r.search(SearchQuery("P L"), kinds: [.win], campaign: nil, limit: 10).map(\.id)
            #expect(loose.contains(phrase.id!) && loose.contains(apart.id!), "two words: each anywhere")
        },
    ]

    static let transfer: [StoreContract] = [
        StoreContract("eachRow(_:orderedBy:_:) Record.Type") { r, s throws in
            func all<Row: TransferableRow>(_ type: Row.Type, _ order: String) throws -> [Row] {
                var rows: [Row] = []
                try r.eachRow(type, orderedBy: order) { rows.append($0) }
                return rows
            }
            #expect(try all(Stakeholder.self, "id").map(\.id) == [s.julie, s.paul])
            #expect(try all(MeetingNote.self, "id").map(\.text) == ["Private réticence about the budget"])
            #expect(try all(WinPerson.self, "winId, stakeholderId") == [WinPerson(winId: s.win, stakeholderId: s.julie)])
            #expect(try all(CampaignStakeholder.self, "campaignId, stakeholderId").count == 2)
            #expect(try all(StanceChange.self, "id").map(\.stance) == [.neutral])
            #expect(try all(InfluenceLink.self, "influencerId, influencedId") == [InfluenceLink(influencerId: s.paul, influencedId: s.julie)])
            #expect(try all(IdeaChange.self, "id").map(\.text) == ["Start with 25 seats"])
        },
        StoreContract("addingInBulk(_:) () throws -> T") { r, s throws in
            let id = try r.addingInBulk { () -> Int64 in
                var meeting = Meeting(campaignId: s.beta, stakeholderId: s.paul, day: Seed.today, channel: .chat, stanceBefore: nil,
                                      stanceAfter: nil, summary: "Bulk marmalade", outcome: "")
                try r.insert(&meeting)
                try r.insertNote(meeting: meeting.id!, text: "Bulk quince")
                return meeting.id!
            }
            #expect(try r.meeting(id: id, campaign: s.beta) != nil)
            #expect(try r.search(SearchQuery("quince"), kinds: [.note], campaign: nil, limit: 5).map(\.id) == [id], "searchable once added")
            #expect(try r.search(SearchQuery("marmalade"), kinds: [.meeting], campaign: nil, limit: 5).map(\.id) == [id])
        },
    ]

    /// The methods `Repositories.swift` declares, named as contracts name them.
    static func declaredMethods() throws -> Set<String> {
        let text = try String(contentsOf: SourceTree.url("Sources/BuyInKit/Records/Repositories.swift"), encoding: .utf8)
        var methods = Set<String>()
        // The repositories, not the store that opens their transactions.
        let repositories = text.components(separatedBy: "public protocol RecordStore")[0]
        for line in repositories.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces)
            guard code.hasPrefix("func "), let open = code.firstIndex(of: "(") else { continue }
            let name = code.dropFirst(5).prefix { $0.isLetter || $0.isNumber }
            // The parameters up to the matching parenthesis.
            var depth = 0, parameters = "", index = open
            repeat {
                let character = code[index]
                if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                if depth > 0 && index != open { parameters.append(character) }
                index = code.index(after: index)
            } while depth > 0
            var labels: [String] = [], firstType = ""
            var level = 0, current = ""
            var previous: Character = " "
            for character in parameters + "," {
                defer { previous = character }
                if character == "(" || character == "<" { level += 1 }
                if character == ")" || character == ">" && previous != "-" { level -= 1 }
                guard character == ",", level == 0 else { current.append(character); continue }
                let parts = current.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 {
                    labels.append(String(parts[0].split(separator: " ")[0]))
                    if labels.count == 1 { firstType = parts[1].replacingOccurrences(of: "inout ", with: "") }
                }
                current = ""
            }
            let signature = "\(name)(\(labels.map { $0 + ":" }.joined()))"
            methods.insert(labels.first == "_" ? "\(signature) \(firstType)" : signature)
        }
        return methods
    }
}

private extension Win {
    init(campaign: Int64, text: String) {
        self.init(campaignId: campaign, day: Day(iso: "2026-10-20")!, text: text, kind: .endorsement)
    }
}
