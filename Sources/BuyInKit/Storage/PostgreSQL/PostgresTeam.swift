#if TeamStore
/// Setting a team up on its server: what `buyin team init` and `buyin team add` do, as the
/// server's administrator (a role that may create roles and grant them).
extension PostgresStore {
    /// The schema is made on opening; this makes the member role and grants it the team's tables.
    /// Run again, it changes nothing. Returns the number of migrations in the schema.
    public func initializeTeam() throws -> Int {
        try PostgresStore.translating(server: server) {
            try connection.inTransaction {
                try requireOwner()
                try connection.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(PostgresSchema.memberRole)') THEN
                            CREATE ROLE \(PostgresSchema.memberRole) NOLOGIN;
                        END IF;
                    END $$
                    """)
                let schema = try connection.query("SELECT quote_ident(current_schema())").rows[0].decode(String.self, atIndex: 0)
                try connection.execute(PostgresSchema.memberGrants(schema: schema))
            }
            return PostgresSchema.version
        }
    }

    /// Only the owner of the team's tables (or a role it belongs to, or a superuser) sets the
    /// team up: a member's GRANT would grant nothing, and the server would only warn.
    private func requireOwner() throws {
        if try !PostgresStore.ownsTables(connection) { throw BuyInError.teamAdminOnly(server: server) }
    }

    /// Whether this session's role owns the team's tables (or belongs to a role that does).
    static func ownsTables(_ connection: PostgresConnection) throws -> Bool {
        try connection.query("""
            SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c
            WHERE c.oid = to_regclass(quote_ident(current_schema()) || '.campaign')
            """).rows.first?.decode(Bool.self, atIndex: 0) ?? false
    }

    /// Makes `role` a team member, creating it as a login role when the server does not know it
    /// yet (its password, if the server asks one, is the administrator's to set). Returns whether
    /// the role was created.
    @discardableResult
    public func addMember(_ role: String) throws -> Bool {
        guard !role.trimmingCharacters(in: .whitespaces).isEmpty else { throw BuyInError.emptyText(field: "role") }
        return try PostgresStore.translating(server: server) {
            try connection.inTransaction {
                try requireOwner()
                let exists = try connection.query("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = ?)", [role]).rows[0].decode(Bool.self, atIndex: 0)
                let quoted = try connection.query("SELECT quote_ident(?)", [role]).rows[0].decode(String.self, atIndex: 0)
                if !exists { try connection.execute("CREATE ROLE \(quoted) LOGIN") }
                try connection.execute("GRANT \(PostgresSchema.memberRole) TO \(quoted)")
                return !exists
            }
        }
    }
}
#endif
