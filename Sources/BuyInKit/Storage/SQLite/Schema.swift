import GRDB

/// The schema, as named migrations. A shipped migration never changes: add a new one instead.
/// The schema itself guards the data (not-null, checks, foreign keys) so that no code path can
/// store a stance that does not exist or a meeting without its stakeholder.
enum Schema {
    /// Stamped in the file header so that buyin recognises its own databases ("BuYN").
    static let applicationID: Int32 = 0x4275_594E
    /// Stamped as `PRAGMA user_version` once the migrations have run (by `SQLiteStore`, also on files
    /// made before the stamp existed), so that opening an up-to-date database costs one read of
    /// the file header instead of the migrator's queries. It is the number of migrations, so a
    /// new migration raises it by itself and an older buyin then refuses the file.
    static let version = migrator.migrations.count

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-journey", migrate: createJourney)
        migrator.registerMigration("v2-decision-history", migrate: keepDecisionHistory)
        migrator.registerMigration("v3-search", migrate: SearchIndexSchema.create)
        migrator.registerMigration("v4-attempts-and-archive", migrate: linkAttemptsAndArchive)
        migrator.registerMigration("v5-decision-memo", migrate: addDecisionMemo)
        migrator.registerMigration("v6-influence", migrate: addInfluence)
        migrator.registerMigration("v7-decision-roles", migrate: addDecisionRoles)
        migrator.registerMigration("v8-idea-changes", migrate: addIdeaChanges)
        migrator.registerMigration("v9-campaign-currency", migrate: addCampaignCurrency)
        migrator.registerMigration("v10-stance-changes", migrate: addStanceChanges)
        return migrator
    }()

    static func list(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ",")
    }

    static func createJourney(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = 1")
        let stances = list(Stance.allCases.map(\.rawValue))

        try db.create(table: "setting") { t in
            t.primaryKey("key", .text)
            t.column("value", .text).notNull()
        }
        try db.create(table: "campaign") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("slug", .text).notNull().unique()
            t.column("title", .text).notNull().check { length($0) > 0 }
            t.column("author", .text).notNull().defaults(to: "")
            t.column("why", .text).notNull().defaults(to: "")
            t.column("whyGoals", .text).notNull().defaults(to: "")
            t.column("whyCare", .text).notNull().defaults(to: "")
            t.column("how", .text).notNull().defaults(to: "")
            t.column("what", .text).notNull().defaults(to: "")
            t.column("ask", .text).notNull().defaults(to: "")
            t.column("recommendation", .text).notNull().defaults(to: "")
            t.column("decisionOwner", .text).notNull().defaults(to: "")
            t.column("decideBy", .text)
            t.column("ifApproved", .text).notNull().defaults(to: "")
            t.column("createdOn", .text).notNull()
        }
        try db.create(table: "goal") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.column("text", .text).notNull().check { length($0) > 0 }
            t.column("department", .text).notNull().defaults(to: "")
            t.column("kpi", .text).notNull().defaults(to: "")
            t.column("baseline", .text).notNull().defaults(to: "")
            t.column("target", .text).notNull().defaults(to: "")
            t.column("unit", .text).notNull().defaults(to: "")
        }
        try db.create(table: "stakeholder") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().check { length($0) > 0 }
            t.column("foldedName", .text).notNull().unique().indexed()
            t.column("role", .text).notNull().defaults(to: "")
            t.column("department", .text).notNull().defaults(to: "")
            t.column("email", .text).notNull().defaults(to: "")
            t.column("influence", .integer).notNull().defaults(to: 3).check { (1...5).contains($0) }
            t.column("interest", .integer).notNull().defaults(to: 3).check { (1...5).contains($0) }
        }
        // A stakeholder is "mapped" in a campaign by this row, with the stance we need from them.
        try db.create(table: "campaignStakeholder") { t in
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.belongsTo("stakeholder", onDelete: .cascade).notNull()
            t.column("targetStance", .text).check(sql: "targetStance IS NULL OR targetStance IN (\(stances))")
            // The stance known before any meeting, when the marketer already knows it.
            t.column("initialStance", .text).check(sql: "initialStance IS NULL OR initialStance IN (\(stances))")
            t.primaryKey(["campaignId", "stakeholderId"])
        }
        try db.create(table: "meeting") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.belongsTo("stakeholder", onDelete: .restrict).notNull()
            t.column("day", .text).notNull()
            t.column("channel", .text).notNull().check(sql: "channel IN (\(list(Channel.allCases.map(\.rawValue))))")
            t.column("stanceBefore", .text).check(sql: "stanceBefore IS NULL OR stanceBefore IN (\(stances))")
            t.column("stanceAfter", .text).check(sql: "stanceAfter IS NULL OR stanceAfter IN (\(stances))")
            t.column("summary", .text).notNull().defaults(to: "")
            t.column("outcome", .text).notNull().defaults(to: "")
        }
        try db.create(index: "meeting_on_campaign_day", on: "meeting", columns: ["campaignId", "day", "id"])
        try db.create(index: "meeting_on_stakeholder_campaign_day", on: "meeting", columns: ["stakeholderId", "campaignId", "day", "id"])
        // Private by definition: notes never leave buyin except in a full backup.
        try db.create(table: "meetingNote") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("meeting", onDelete: .cascade).notNull()
            t.column("text", .text).notNull().check { length($0) > 0 }
        }
        try db.create(table: "meetingQuote") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("meeting", onDelete: .cascade).notNull()
            t.column("text", .text).notNull().check { length($0) > 0 }
            t.column("isShareable", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "followUp") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.belongsTo("meeting", onDelete: .cascade)
            t.column("text", .text).notNull().check { length($0) > 0 }
            t.column("due", .text)
            t.column("doneOn", .text)
        }
        try db.create(index: "followUp_on_campaign_done_due", on: "followUp", columns: ["campaignId", "doneOn", "due"])
        try db.create(table: "objection") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.belongsTo("stakeholder", onDelete: .setNull)
            t.belongsTo("meeting", onDelete: .setNull)
            t.column("text", .text).notNull().check(sql: "length(trim(text)) > 0")
            t.column("concern", .text).notNull().defaults(to: "")
            t.column("category", .text).notNull().check(sql: "category IN (\(list(ObjectionCategory.allCases.map(\.rawValue))))")
            t.column("response", .text).notNull().defaults(to: "")
            t.column("isConfirmed", .boolean).notNull().defaults(to: false)
            t.column("status", .text).notNull().check(sql: "status IN (\(list(ObjectionStatus.allCases.map(\.rawValue))))")
            t.column("raisedOn", .text).notNull()
        }
        try db.create(index: "objection_on_campaign_status", on: "objection", columns: ["campaignId", "status"])
        try db.create(table: "win") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.column("day", .text).notNull()
            t.column("text", .text).notNull().check(sql: "length(trim(text)) > 0")
            t.column("kind", .text).notNull().check(sql: "kind IN (\(list(WinKind.allCases.map(\.rawValue))))")
        }
        try db.create(index: "win_on_campaign_day", on: "win", columns: ["campaignId", "day"])
        try db.create(table: "winStakeholder") { t in
            t.belongsTo("win", onDelete: .cascade).notNull()
            t.belongsTo("stakeholder", onDelete: .cascade).notNull()
            t.primaryKey(["winId", "stakeholderId"])
        }
        try db.create(table: "metric") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.column("label", .text).notNull().check(sql: "length(trim(label)) > 0")
            t.column("value", .double).notNull()
            t.column("unit", .text).notNull().defaults(to: "")
            t.column("source", .text).notNull().defaults(to: "")
            t.column("day", .text)
        }
        try db.create(table: "decision") { t in
            t.primaryKey("campaignId", .integer).references("campaign", onDelete: .cascade)
            t.column("outcome", .text).notNull().check(sql: "outcome IN (\(list(DecisionOutcome.allCases.map(\.rawValue))))")
            t.column("day", .text).notNull()
            t.column("reason", .text).notNull().defaults(to: "")
            t.column("lessons", .text).notNull().defaults(to: "")
            t.column("nextAttempt", .text).notNull().defaults(to: "")
        }
    }

    /// A campaign can be deferred, then approved: each decision is kept, so that the lessons of
    /// an earlier one are not lost when the next is recorded. The latest is the one in force.
    static func keepDecisionHistory(_ db: Database) throws {
        try db.create(table: "decisionHistory") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.column("outcome", .text).notNull().check(sql: "outcome IN (\(list(DecisionOutcome.allCases.map(\.rawValue))))")
            t.column("day", .text).notNull()
            t.column("reason", .text).notNull().defaults(to: "")
            t.column("lessons", .text).notNull().defaults(to: "")
            t.column("nextAttempt", .text).notNull().defaults(to: "")
        }
        try db.execute(sql: """
            INSERT INTO decisionHistory(campaignId, outcome, day, reason, lessons, nextAttempt)
            SELECT campaignId, outcome, day, reason, lessons, nextAttempt FROM decision ORDER BY campaignId
            """)
        try db.drop(table: "decision")
        try db.rename(table: "decisionHistory", to: "decision")
    }

    /// A declined idea often comes back: a campaign can be the next attempt of an earlier one
    /// (`start --after`), and a finished campaign can be put away without deleting it.
    static func linkAttemptsAndArchive(_ db: Database) throws {
        try db.alter(table: "campaign") { t in
            t.add(column: "previousId", .integer).references("campaign", onDelete: .setNull)
            t.add(column: "archivedOn", .text)
        }
    }

    /// What a decision memo needs beyond the record: the options leadership chooses between,
    /// what happens if it says no, and when each goal's number is reviewed.
    static func addDecisionMemo(_ db: Database) throws {
        try db.alter(table: "campaign") { t in t.add(column: "ifNot", .text).notNull().defaults(to: "") }
        try db.alter(table: "goal") { t in t.add(column: "reviewOn", .text) }
        try db.create(table: "decisionOption") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.column("text", .text).notNull().check(sql: "length(trim(text)) > 0")
            t.column("cost", .double)
            t.column("costUnit", .text).notNull().defaults(to: "")
            t.column("expectedReturn", .text).notNull().defaults(to: "")
            t.column("pros", .text).notNull().defaults(to: "")
            t.column("cons", .text).notNull().defaults(to: "")
            t.column("isRecommended", .boolean).notNull().defaults(to: false)
        }
    }

    /// Who influences whom, between people (`stakeholder link`): a person's links go with them.
    static func addInfluence(_ db: Database) throws {
        try db.create(table: "influence") { t in
            t.column("influencerId", .integer).notNull().references("stakeholder", onDelete: .cascade)
            t.column("influencedId", .integer).notNull().references("stakeholder", onDelete: .cascade)
            t.primaryKey(["influencerId", "influencedId"])
            t.check(sql: "influencerId <> influencedId")
        }
        try db.create(index: "index_influence_on_influencedId", on: "influence", columns: ["influencedId"])
    }

    /// Each person's part in a campaign's decision, and whether they may block it.
    static func addDecisionRoles(_ db: Database) throws {
        try db.alter(table: "campaignStakeholder") { t in
            t.add(column: "decisionRole", .text).check(sql: "decisionRole IN (\(list(DecisionRole.allCases.map(\.rawValue))))")
            t.add(column: "hasVeto", .boolean).notNull().defaults(to: false)
        }
    }

    /// Changes to the idea suggested in a 1:1 (`--idea-change`): they go with their meeting.
    static func addIdeaChanges(_ db: Database) throws {
        try db.create(table: "ideaChange") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("meeting", onDelete: .cascade).notNull()
            t.column("text", .text).notNull().check { length($0) > 0 }
        }
    }

    /// The currency a campaign's costs are in when typed without one (`start --currency`).
    static func addCampaignCurrency(_ db: Database) throws {
        try db.alter(table: "campaign") { t in t.add(column: "currency", .text) }
    }

    /// Stances noted outside a 1:1 (`stakeholder edit --stance`), dated, in the campaign's history.
    static func addStanceChanges(_ db: Database) throws {
        try db.create(table: "stanceChange") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.belongsTo("stakeholder", onDelete: .cascade).notNull()
            t.column("day", .text).notNull()
            t.column("stance", .text).notNull().check(sql: "stance IN (\(list(Stance.allCases.map(\.rawValue))))")
        }
    }
}
