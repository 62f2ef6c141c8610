import BuyInKit
import Foundation

/// What a command needs to do its work: the language, today, the campaign it works on, and the
/// database, opened once and closed when the command is done.
final class Context {
    let options: GlobalOptions
    let l: Localizer
    let today: Day
    let environment = ProcessEnvironment.current
    private var opened: (any RecordStore)?

    init(_ options: GlobalOptions) throws {
        self.options = options
        if let requested = options.lang, Language(code: requested) == nil { throw BuyInError.invalidLanguage(requested) }
        l = L
        today = try Day.today()
    }

    var databasePath: String { DatabaseLocation.resolve(option: options.db, environment: environment) }

    /// The campaign named with `--campaign`, else the current one.
    var campaign: CampaignRef { CampaignRef(options.campaign) }

    /// Whether `--db` or `BUYIN_DB` names the team's PostgreSQL server rather than a file.
    var isTeamStore: Bool { DatabaseLocation.isServer(databasePath) }

    /// The record, opened on first use: the SQLite file, or the team's PostgreSQL server. Only
    /// `start` creates a file: every other command needs a campaign, so without a database it
    /// says where it looked instead of leaving an empty file.
    func store(creating: Bool = false) throws -> any RecordStore {
        if let opened { return opened }
        let store: any RecordStore = isTeamStore ? try teamServer() : try SQLiteStore(path: databasePath, creating: creating)
        opened = store
        return store
    }

    /// The SQLite file this command has open, which no document it writes may replace.
    var openDatabases: [String] { (opened as? SQLiteStore).map { [$0.path] } ?? [] }

    /// The SQLite file, for what only a file can do (`backup`).
    func localFile(for command: String) throws -> SQLiteStore {
        guard let file = try store() as? SQLiteStore else { throw BuyInError.needsLocalFile(command: command) }
        return file
    }

    #if TeamStore
    private func teamServer() throws -> any RecordStore { try PostgresStore(databasePath) }

    /// The team's server, for what only it can do (`team`).
    func teamStore(for command: String) throws -> PostgresStore {
        guard isTeamStore, let server = try store() as? PostgresStore else { throw BuyInError.needsTeamStore(command: command) }
        return server
    }

    /// The team's server, in a schema of this session's own that the server drops when the
    /// command ends (`demo --db`): nothing of the team's record is read or written.
    func temporaryTeamStore() throws -> any RecordStore {
        let store = try PostgresStore(databasePath, temporary: true)
        opened = store
        return store
    }
    #else
    /// This buyin was built as the single-user static executable, without libpq.
    private func teamServer() throws -> any RecordStore { throw BuyInError.teamStoreNotBuilt }
    func temporaryTeamStore() throws -> any RecordStore { throw BuyInError.teamStoreNotBuilt }
    #endif

    /// Closes the database (SQLite folds its log back into the file) once the command is done.
    func finish() {
        guard let opened else { return }
        (opened as? SQLiteStore)?.close()
        // Kept, not freed: freeing GRDB's queue starts a worker thread only to release memory
        // that the process's exit, a moment later, releases anyway (2–3 ms of every command).
        _ = Unmanaged.passRetained(opened as AnyObject)
        self.opened = nil
    }

    func day(_ text: String?) throws -> Day? { try DayParser.parse(optional: text, today: today, language: l.language) }

    /// A date the future is meant by (a due date, a review): "30 June" is the next one.
    func dayAhead(_ text: String?) throws -> Day? { try DayParser.parse(optional: text, today: today, language: l.language, ahead: true) }
}
