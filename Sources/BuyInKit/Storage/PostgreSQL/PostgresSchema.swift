#if TeamStore
/// The team store's schema: the same named migrations as SQLite's (`Schema`), written for
/// PostgreSQL, plus what a shared server needs. Every row records its author (the PostgreSQL
/// role that wrote it, `createdBy`); private notes and private quotes are readable by their
/// author only, by row-level security policies that the server enforces on every session,
/// psql's included. Names are left unquoted, so PostgreSQL folds them to lower case.
enum PostgresSchema {
    /// The role `buyin team init` creates and `buyin team add` grants: what a team member may do.
    static let memberRole = "buyin_member"
    /// Taken for the whole of a migration run, so that two first runs never collide.
    static let migrationLock: Int64 = 0x4275_594E
    /// Held by each write for its whole transaction: one buyin writer at a time per database.
    static let writerLock: Int64 = 0x4275_5957

    static let migrations: [(name: String, sql: String)] = [
        ("v1-journey", journey),
        ("v2-decision-history", decisionHistory),
        // SQLite keeps a full-text index; PostgreSQL searches the tables themselves.
        ("v3-search", "SELECT 1"),
        ("v4-attempts-and-archive", """
            ALTER TABLE campaign ADD COLUMN previousId bigint REFERENCES campaign(id) ON DELETE SET NULL;
            ALTER TABLE campaign ADD COLUMN archivedOn text;
            """),
        ("v5-decision-memo", """
            ALTER TABLE campaign ADD COLUMN ifNot text NOT NULL DEFAULT '';
            ALTER TABLE goal ADD COLUMN reviewOn text;
            CREATE TABLE decisionOption (
                id bigserial PRIMARY KEY,
                campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                text text NOT NULL CHECK (length(trim(text)) > 0),
                cost double precision,
                costUnit text NOT NULL DEFAULT '',
                expectedReturn text NOT NULL DEFAULT '',
                pros text NOT NULL DEFAULT '',
                cons text NOT NULL DEFAULT '',
                isRecommended boolean NOT NULL DEFAULT false,
                createdBy text NOT NULL DEFAULT current_user
            );
            """),
        // The team store's own, after SQLite's: nothing the file has a reason to change.
        ("team-1-private-rows", privateRows),
        ("team-2-foreign-key-indexes", foreignKeyIndexes),
        ("v6-influence", """
            CREATE TABLE influence (
                influencerId bigint NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
                influencedId bigint NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
                createdBy text NOT NULL DEFAULT current_user,
                PRIMARY KEY (influencerId, influencedId),
                CHECK (influencerId <> influencedId)
            );
            CREATE INDEX index_influence_on_influencedId ON influence(influencedId);
            """),
        ("v7-decision-roles", """
            ALTER TABLE campaignStakeholder ADD COLUMN decisionRole text CHECK (decisionRole IN (\(list(DecisionRole.self))));
            ALTER TABLE campaignStakeholder ADD COLUMN hasVeto boolean NOT NULL DEFAULT false;
            """),
        ("v8-idea-changes", """
            CREATE TABLE ideaChange (
                id bigserial PRIMARY KEY,
                meetingId bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                text text NOT NULL CHECK (length(text) > 0),
                createdBy text NOT NULL DEFAULT current_user
            );
            CREATE INDEX index_ideaChange_on_meetingId ON ideaChange(meetingId);
            """),
        ("v9-campaign-currency", "ALTER TABLE campaign ADD COLUMN currency text;"),
        ("v10-stance-changes", """
            CREATE TABLE stanceChange (
                id bigserial PRIMARY KEY,
                campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
                stakeholderId bigint NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
                day text NOT NULL,
                stance text NOT NULL CHECK (stance IN (\(list(Stance.self)))),
                createdBy text NOT NULL DEFAULT current_user
            );
            CREATE INDEX index_stanceChange_on_campaignId ON stanceChange(campaignId);
            CREATE INDEX index_stanceChange_on_stakeholderId ON stanceChange(stakeholderId);
            """),
    ]

    /// The indexes SQLite's schema gives each reference (GRDB's `indexed()`), which the team
    /// store's first migrations left out: without them a campaign's meetings, or the rows a
    /// deletion cascades to, were found by reading whole tables (`SchemaParityTests`).
    static let foreignKeyIndexes = [
        ("campaignStakeholder", "campaignId"), ("campaignStakeholder", "stakeholderId"), ("decision", "campaignId"),
        ("decisionOption", "campaignId"), ("followUp", "campaignId"), ("followUp", "meetingId"), ("meeting", "campaignId"),
        ("meeting", "stakeholderId"), ("metric", "campaignId"), ("objection", "campaignId"), ("objection", "meetingId"),
        ("objection", "stakeholderId"), ("win", "campaignId"), ("winStakeholder", "stakeholderId"), ("winStakeholder", "winId"),
    ].map { table, column in "CREATE INDEX IF NOT EXISTS index_\(table)_on_\(column) ON \(table)(\(column));" }.joined(separator: "\n")

    static var version: Int { migrations.count }

    /// Migrations that only make the store faster. A member's session leaves them to the
    /// owner's next run of buyin instead of stopping (the others it cannot run either, and says
    /// whom to ask: `error.permissionDenied`).
    static let speedOnly: Set<String> = ["team-2-foreign-key-indexes"]

    private static func list<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
        T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
    }

    private static var stances: String { list(Stance.self) }

    static let journey = """
        CREATE TABLE setting (
            createdBy text NOT NULL DEFAULT current_user,
            key text NOT NULL,
            value text NOT NULL,
            PRIMARY KEY (createdBy, key)
        );
        CREATE TABLE campaign (
            id bigserial PRIMARY KEY,
            slug text NOT NULL UNIQUE,
            title text NOT NULL CHECK (length(title) > 0),
            author text NOT NULL DEFAULT '',
            why text NOT NULL DEFAULT '',
            whyGoals text NOT NULL DEFAULT '',
            whyCare text NOT NULL DEFAULT '',
            how text NOT NULL DEFAULT '',
            what text NOT NULL DEFAULT '',
            ask text NOT NULL DEFAULT '',
            recommendation text NOT NULL DEFAULT '',
            decisionOwner text NOT NULL DEFAULT '',
            decideBy text,
            ifApproved text NOT NULL DEFAULT '',
            createdOn text NOT NULL,
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE TABLE goal (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            text text NOT NULL CHECK (length(text) > 0),
            department text NOT NULL DEFAULT '',
            kpi text NOT NULL DEFAULT '',
            baseline text NOT NULL DEFAULT '',
            target text NOT NULL DEFAULT '',
            unit text NOT NULL DEFAULT '',
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX goal_on_campaign ON goal(campaignId);
        CREATE TABLE stakeholder (
            id bigserial PRIMARY KEY,
            name text NOT NULL CHECK (length(name) > 0),
            foldedName text NOT NULL UNIQUE,
            role text NOT NULL DEFAULT '',
            department text NOT NULL DEFAULT '',
            email text NOT NULL DEFAULT '',
            influence integer NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
            interest integer NOT NULL DEFAULT 3 CHECK (interest BETWEEN 1 AND 5),
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE TABLE campaignStakeholder (
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            stakeholderId bigint NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
            targetStance text CHECK (targetStance IN (\(stances))),
            initialStance text CHECK (initialStance IN (\(stances))),
            createdBy text NOT NULL DEFAULT current_user,
            PRIMARY KEY (campaignId, stakeholderId)
        );
        CREATE TABLE meeting (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            stakeholderId bigint NOT NULL REFERENCES stakeholder(id) ON DELETE RESTRICT,
            day text NOT NULL,
            channel text NOT NULL CHECK (channel IN (\(list(Channel.self)))),
            stanceBefore text CHECK (stanceBefore IN (\(stances))),
            stanceAfter text CHECK (stanceAfter IN (\(stances))),
            summary text NOT NULL DEFAULT '',
            outcome text NOT NULL DEFAULT '',
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX meeting_on_campaign_day ON meeting(campaignId, day, id);
        CREATE INDEX meeting_on_stakeholder_campaign_day ON meeting(stakeholderId, campaignId, day, id);
        CREATE TABLE meetingNote (
            id bigserial PRIMARY KEY,
            meetingId bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            text text NOT NULL CHECK (length(text) > 0),
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX meetingNote_on_meeting ON meetingNote(meetingId);
        CREATE TABLE meetingQuote (
            id bigserial PRIMARY KEY,
            meetingId bigint NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            text text NOT NULL CHECK (length(text) > 0),
            isShareable boolean NOT NULL DEFAULT false,
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX meetingQuote_on_meeting ON meetingQuote(meetingId);
        CREATE TABLE followUp (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            meetingId bigint REFERENCES meeting(id) ON DELETE CASCADE,
            text text NOT NULL CHECK (length(text) > 0),
            due text,
            doneOn text,
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX followUp_on_campaign_done_due ON followUp(campaignId, doneOn, due);
        CREATE TABLE objection (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            stakeholderId bigint REFERENCES stakeholder(id) ON DELETE SET NULL,
            meetingId bigint REFERENCES meeting(id) ON DELETE SET NULL,
            text text NOT NULL CHECK (length(trim(text)) > 0),
            concern text NOT NULL DEFAULT '',
            category text NOT NULL CHECK (category IN (\(list(ObjectionCategory.self)))),
            response text NOT NULL DEFAULT '',
            isConfirmed boolean NOT NULL DEFAULT false,
            status text NOT NULL CHECK (status IN (\(list(ObjectionStatus.self)))),
            raisedOn text NOT NULL,
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX objection_on_campaign_status ON objection(campaignId, status);
        CREATE TABLE win (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            day text NOT NULL,
            text text NOT NULL CHECK (length(trim(text)) > 0),
            kind text NOT NULL CHECK (kind IN (\(list(WinKind.self)))),
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE INDEX win_on_campaign_day ON win(campaignId, day);
        CREATE TABLE winStakeholder (
            winId bigint NOT NULL REFERENCES win(id) ON DELETE CASCADE,
            stakeholderId bigint NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
            createdBy text NOT NULL DEFAULT current_user,
            PRIMARY KEY (winId, stakeholderId)
        );
        CREATE TABLE metric (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            label text NOT NULL CHECK (length(trim(label)) > 0),
            value double precision NOT NULL,
            unit text NOT NULL DEFAULT '',
            source text NOT NULL DEFAULT '',
            day text,
            createdBy text NOT NULL DEFAULT current_user
        );
        CREATE TABLE decision (
            campaignId bigint PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
            outcome text NOT NULL CHECK (outcome IN (\(list(DecisionOutcome.self)))),
            day text NOT NULL,
            reason text NOT NULL DEFAULT '',
            lessons text NOT NULL DEFAULT '',
            nextAttempt text NOT NULL DEFAULT '',
            createdBy text NOT NULL DEFAULT current_user
        );

        -- Who sees what, enforced by the server. The team shares everything but private notes,
        -- private quotes and each member's current campaign; FORCE applies the policies to the
        -- tables' owner too. Only a superuser is above them, as with every PostgreSQL policy.
        ALTER TABLE meetingNote ENABLE ROW LEVEL SECURITY;
        ALTER TABLE meetingNote FORCE ROW LEVEL SECURITY;
        ALTER TABLE meetingQuote ENABLE ROW LEVEL SECURITY;
        ALTER TABLE meetingQuote FORCE ROW LEVEL SECURITY;
        ALTER TABLE setting ENABLE ROW LEVEL SECURITY;
        ALTER TABLE setting FORCE ROW LEVEL SECURITY;
        \(policies)
        """

    /// Who reads and writes the private tables' rows: made by `v1-journey`, made again by
    /// `team-1-private-rows` around the columns they name.
    static let policies = """
        CREATE POLICY note_author_only ON meetingNote
            USING (createdBy = current_user) WITH CHECK (createdBy = current_user);
        CREATE POLICY quote_shared_or_author_reads ON meetingQuote FOR SELECT
            USING (isShareable OR createdBy = current_user);
        CREATE POLICY quote_author_writes ON meetingQuote FOR INSERT WITH CHECK (createdBy = current_user);
        CREATE POLICY quote_author_changes ON meetingQuote FOR UPDATE
            USING (createdBy = current_user) WITH CHECK (createdBy = current_user);
        CREATE POLICY quote_author_deletes ON meetingQuote FOR DELETE USING (createdBy = current_user);
        CREATE POLICY setting_own ON setting
            USING (createdBy = current_user) WITH CHECK (createdBy = current_user);
        """

    /// As SQLite's v2: each decision is kept, the latest in force.
    static let decisionHistory = """
        CREATE TABLE decisionHistory (
            id bigserial PRIMARY KEY,
            campaignId bigint NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
            outcome text NOT NULL CHECK (outcome IN (\(list(DecisionOutcome.self)))),
            day text NOT NULL,
            reason text NOT NULL DEFAULT '',
            lessons text NOT NULL DEFAULT '',
            nextAttempt text NOT NULL DEFAULT '',
            createdBy text NOT NULL DEFAULT current_user
        );
        INSERT INTO decisionHistory(campaignId, outcome, day, reason, lessons, nextAttempt, createdBy)
            SELECT campaignId, outcome, day, reason, lessons, nextAttempt, createdBy FROM decision ORDER BY campaignId;
        DROP TABLE decision;
        ALTER TABLE decisionHistory RENAME TO decision;
        """

    /// The columns of the tables whose rows are not all for everyone (row-level security hides
    /// some), with their types: none of them may keep statistics (`privateRows`).
    static let privateColumns: [(table: String, columns: [(name: String, type: String)])] = [
        ("meetingNote", [("id", "bigint"), ("meetingId", "bigint"), ("text", "text"), ("createdBy", "text")]),
        ("meetingQuote", [("id", "bigint"), ("meetingId", "bigint"), ("text", "text"), ("isShareable", "boolean"), ("createdBy", "text")]),
        ("setting", [("createdBy", "text"), ("key", "text"), ("value", "text")]),
    ]

    /// Two guarantees the first policies did not give.
    ///
    /// No statistics on private tables: comparisons of text are leakproof, so the planner
    /// estimates a member's query over rows the policy hides from their statistics, and
    /// `EXPLAIN … WHERE text < 'A…'` then spells another member's notes out letter by letter.
    /// `SET STATISTICS 0` stops ANALYZE (and autovacuum's) from gathering them; changing a
    /// column's type to itself removes what was already gathered, which only a superuser could
    /// delete otherwise. The policies name `createdBy`, so they are made again around it.
    ///
    /// No member deletes what they cannot see: a meeting, its person or its campaign cannot be
    /// deleted while it holds another member's notes or quotes (ON DELETE RESTRICT, checked by
    /// the server over every row, hidden or not). buyin deletes the member's own first.
    static let privateRows = """
        DROP POLICY note_author_only ON meetingNote;
        DROP POLICY quote_shared_or_author_reads ON meetingQuote;
        DROP POLICY quote_author_writes ON meetingQuote;
        DROP POLICY quote_author_changes ON meetingQuote;
        DROP POLICY quote_author_deletes ON meetingQuote;
        DROP POLICY setting_own ON setting;
        \(privateColumns.map { table in
            "ALTER TABLE \(table.table) " + table.columns.map { "ALTER COLUMN \($0.name) TYPE \($0.type), ALTER COLUMN \($0.name) SET STATISTICS 0" }
                .joined(separator: ", ") + ";"
        }.joined(separator: "\n"))
        ALTER TABLE meetingNote DROP CONSTRAINT meetingnote_meetingid_fkey,
            ADD CONSTRAINT meetingnote_meetingid_fkey FOREIGN KEY (meetingId) REFERENCES meeting(id) ON DELETE RESTRICT;
        ALTER TABLE meetingQuote DROP CONSTRAINT meetingquote_meetingid_fkey,
            ADD CONSTRAINT meetingquote_meetingid_fkey FOREIGN KEY (meetingId) REFERENCES meeting(id) ON DELETE RESTRICT;
        \(policies)
        """

    /// What `team init` grants the member role once the tables exist: reading and writing the
    /// team's record (the policies above still hold), never changing its shape. `schema` is the
    /// schema's name, already quoted.
    static func memberGrants(schema: String) -> String {
        """
        GRANT USAGE ON SCHEMA \(schema) TO \(memberRole);
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(memberRole);
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(schema) TO \(memberRole);
        ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO \(memberRole);
        ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT USAGE, SELECT ON SEQUENCES TO \(memberRole);
        """
    }
}
#endif
