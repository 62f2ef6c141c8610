/// The seam between what buyin does and where its record is kept. The services (`Services/`)
/// hold the logic and call only these protocols. Both stores implement them with the same
/// statements (`Storage/Shared/`, over `SQLRecords`): SQLite in `Storage/SQLite/`, the team's
/// PostgreSQL in `Storage/PostgreSQL/`; the store contract tests run every method on both.
///
/// Each method is one statement's worth of work, inside the transaction the store opened for
/// the command (`RecordStore.read` / `write`). Methods that look a record up by id within a
/// campaign return nil when it is not there; the service turns that into the error. An insert
/// sets the record's id and returns it.

public protocol CampaignRepository {
    func campaign(slug: String) throws -> Campaign?
    func campaign(id: Int64) throws -> Campaign?
    /// The campaign recorded as current, if it still exists.
    func currentCampaign() throws -> Campaign?
    /// The most recently started campaign.
    func latestCampaign() throws -> Campaign?
    func isSlugTaken(_ slug: String) throws -> Bool
    @discardableResult
    func insert(_ campaign: inout Campaign) throws -> Int64
    func update(_ campaign: Campaign) throws
    func makeCurrent(slug: String) throws
    /// Notes the day a pre-read of the campaign was written to a file (on the team store, by
    /// this member: the setting is theirs).
    func notePreReadWritten(campaign: Int64, on day: Day) throws
    /// The last day a pre-read of the campaign was written to a file, if one was.
    func preReadWritten(campaign: Int64) throws -> Day?
    /// Every campaign, oldest first, with its latest decision (`isCurrent` left false).
    func campaignSummaries() throws -> [CampaignSummary]
    @discardableResult
    func insert(_ goal: inout Goal) throws -> Int64
    func goal(id: Int64, campaign: Int64) throws -> Goal?
    func update(_ goal: Goal) throws
    func goals(campaign: Int64) throws -> [Goal]
    /// The figures `status` shows, counted in the store.
    func counts(campaign: Int64, today: Day) throws -> CampaignCounts
    /// Deletes a campaign with everything recorded in it; the people stay, for other campaigns.
    func deleteCampaign(id: Int64) throws
    /// Deletes one record of a campaign with what hangs off it; false when there was none.
    func delete(_ kind: RecordKind, id: Int64, campaign: Int64) throws -> Bool
}

public protocol StakeholderRepository {
    func stakeholder(id: Int64) throws -> Stakeholder?
    func stakeholder(foldedName: String) throws -> Stakeholder?
    /// People whose folded name matches `folded` in the way asked, by name, at most `limit`.
    func stakeholders(matching match: NameMatch, _ folded: String, limit: Int) throws -> [Stakeholder]
    func isNameTaken(_ foldedName: String, except id: Int64?) throws -> Bool
    @discardableResult
    func insert(_ person: inout Stakeholder) throws -> Int64
    func update(_ person: Stakeholder) throws
    /// Everyone, by folded name.
    func allStakeholders() throws -> [Stakeholder]
    /// Everyone's id and name, by folded name: `allStakeholders()` without the rest of each row.
    func stakeholderNames() throws -> [StakeholderName]
    func mapping(campaign: Int64, stakeholder: Int64) throws -> CampaignStakeholder?
    func save(_ mapping: CampaignStakeholder) throws
    /// The people mapped in a campaign with their stances and meetings, most influential first.
    func mappedStakeholders(campaign: Int64) throws -> [MappedStakeholder]
    /// Where the person stands in the campaign by their history: after their latest meeting that
    /// noted a stance, or a stance noted since outside a meeting (on one day, the noted one).
    func latestStance(campaign: Int64, stakeholder: Int64) throws -> Stance?
    /// Records a stance noted outside a meeting.
    @discardableResult
    func insert(_ change: inout StanceChange) throws -> Int64
    /// The stances noted outside meetings in a campaign, by day.
    func stanceChanges(campaign: Int64) throws -> [StanceChange]
    /// The campaigns a person is mapped in, with the stances noted there.
    func mappings(stakeholder: Int64) throws -> [CampaignStakeholder]
    func deleteMapping(campaign: Int64, stakeholder: Int64) throws
    /// Everything that happened with a person, in every campaign, by date.
    func timeline(stakeholder: Int64) throws -> [TimelineEvent]
    /// How many meetings a person has had, in every campaign.
    func meetingCount(stakeholder: Int64) throws -> Int
    /// The person's meetings, the objections they raised, the wins they are named in and their
    /// influence links become another person's.
    func reassignRecords(from: Int64, to: Int64) throws
    /// Deletes a person everywhere, with their meetings and what hangs off them; objections
    /// they raised stay, without a name.
    func deleteStakeholder(id: Int64) throws
    /// Records that one person influences another; recording it again changes nothing.
    func addInfluence(_ link: InfluenceLink) throws
    /// Takes a link off; false when there was none.
    func removeInfluence(_ link: InfluenceLink) throws -> Bool
    /// Every influence link, by influencer then influenced.
    func influences() throws -> [InfluenceLink]
}

/// How a typed name matches a stored one, from the strictest to the loosest.
public enum NameMatch: CaseIterable, Sendable {
    /// A whole word of the name ("Julie" for Julie Martin).
    case wholeWord
    /// The start of the name ("Jul" for Julie Martin).
    case prefix
    /// The start of any word of the name ("Mar" for Julie Martin).
    case wordPrefix
}

public protocol MeetingRepository {
    @discardableResult
    func insert(_ meeting: inout Meeting) throws -> Int64
    func meeting(id: Int64, campaign: Int64) throws -> Meeting?
    func update(_ meeting: Meeting) throws
    func deleteNotes(meeting: Int64) throws
    /// Deletes the meeting's quotes, shareable or private as asked.
    func deleteQuotes(meeting: Int64, shareable: Bool) throws
    /// The meeting's quotes, shareable or private as asked, that another team member wrote: a
    /// member sees the others' shareable ones, and can neither change nor delete them.
    func othersQuotes(meeting: Int64, shareable: Bool) throws -> [String]
    func insertNote(meeting: Int64, text: String) throws
    @discardableResult
    func insert(_ quote: inout MeetingQuote) throws -> Int64
    @discardableResult
    func insert(_ followUp: inout FollowUp) throws -> Int64
    /// The meetings of a campaign (of one person, when given), oldest first.
    func meetingSummaries(campaign: Int64, stakeholder: Int64?) throws -> [MeetingSummary]
    /// How many meetings a person had in a campaign on one day.
    func meetingCount(campaign: Int64, stakeholder: Int64, day: Day) throws -> Int
    /// One meeting, within a campaign when one is given.
    func meetingSummary(id: Int64, campaign: Int64?) throws -> MeetingSummary?
    func notes(meeting: Int64) throws -> [String]
    func quotes(meeting: Int64) throws -> [MeetingQuote]
    func followUps(meeting: Int64) throws -> [FollowUp]
    /// Next steps not done, by due date (undated last).
    func openFollowUps(campaign: Int64) throws -> [FollowUpView]
    func followUp(id: Int64, campaign: Int64) throws -> FollowUp?
    func update(_ followUp: FollowUp) throws
    /// The quotes marked shareable, oldest meeting first: the only quotes a pre-read may hold.
    func shareableQuotes(campaign: Int64) throws -> [Briefing.Quote]
    @discardableResult
    func insert(_ change: inout IdeaChange) throws -> Int64
    func ideaChanges(meeting: Int64) throws -> [IdeaChange]
    func deleteIdeaChanges(meeting: Int64) throws
    /// The changes to the idea suggested in a campaign's meetings, oldest meeting first.
    func ideaChanges(campaign: Int64) throws -> [IdeaChangeView]
}

public protocol ObjectionRepository {
    @discardableResult
    func insert(_ objection: inout Objection) throws -> Int64
    func objection(id: Int64, campaign: Int64) throws -> Objection?
    func update(_ objection: Objection) throws
    func objectionView(id: Int64, campaign: Int64) throws -> ObjectionView?
    func objectionViews(campaign: Int64, order: ObjectionOrder) throws -> [ObjectionView]
}

/// Which objections a listing shows, in which order.
public enum ObjectionOrder: Sendable {
    /// All, oldest first.
    case raised
    /// Only the open ones, oldest first.
    case openOnly
    /// All, the open ones first: the pre-read's order.
    case openFirst
}

public protocol WinRepository {
    @discardableResult
    func insert(_ win: inout Win) throws -> Int64
    func link(win: Int64, stakeholder: Int64) throws
    func win(id: Int64, campaign: Int64) throws -> Win?
    func update(_ win: Win) throws
    /// Takes every person off a win, before naming them anew.
    func unlinkPeople(win: Int64) throws
    /// The wins of a campaign (or one of them) by day, with the names of the people in each.
    func wins(campaign: Int64, only id: Int64?) throws -> [WinView]
    @discardableResult
    func insert(_ metric: inout Metric) throws -> Int64
    func metric(id: Int64, campaign: Int64) throws -> Metric?
    func update(_ metric: Metric) throws
    func metrics(campaign: Int64) throws -> [Metric]
}

public protocol OptionRepository {
    @discardableResult
    func insert(_ option: inout DecisionOption) throws -> Int64
    func option(id: Int64, campaign: Int64) throws -> DecisionOption?
    func update(_ option: DecisionOption) throws
    /// The options of a campaign, in the order they were added.
    func options(campaign: Int64) throws -> [DecisionOption]
    /// Takes the mark off every recommended option of a campaign but `except`.
    func unrecommendOptions(campaign: Int64, except id: Int64) throws
}

public protocol DecisionRepository {
    @discardableResult
    func insert(_ decision: inout Decision) throws -> Int64
    /// Every decision of a campaign, the first recorded first.
    func decisions(campaign: Int64) throws -> [Decision]
    func latestDecision(campaign: Int64) throws -> Decision?
}

public protocol SearchRepository {
    /// The texts of the kinds given that hold every word of the query, best match first, at
    /// most `limit`; only in one campaign when one is given.
    func search(_ query: SearchQuery, kinds: [SearchHit.Kind], campaign: Int64?, limit: Int) throws -> [SearchHit]
}

public protocol TransferRepository {
    /// Hands `body` every row of a table that this session may read, one at a time, in the order
    /// given: what `export` writes, without holding the table. On the team store the server
    /// leaves out other members' private notes and quotes.
    func eachRow<Record: TransferableRow>(_ type: Record.Type, orderedBy columns: String, _ body: (Record) throws -> Void) throws
    /// Runs `work`, which only adds rows, with whatever the store keeps beside them (SQLite's
    /// search index) brought up to date once at the end rather than row by row.
    func addingInBulk<T>(_ work: () throws -> T) throws -> T
}

/// Everything a command may ask of the record inside one transaction.
public typealias Records = CampaignRepository & StakeholderRepository & MeetingRepository & ObjectionRepository
    & WinRepository & OptionRepository & DecisionRepository & SearchRepository & TransferRepository

/// A place the record is kept. A command's work runs in one `read` (one consistent snapshot) or
/// one `write` (one transaction: all of it lands, or none).
public protocol RecordStore: AnyObject {
    func read<T>(_ work: (any Records) throws -> T) throws -> T
    func write<T>(_ work: (any Records) throws -> T) throws -> T
}
