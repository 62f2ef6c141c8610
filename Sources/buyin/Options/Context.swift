import BuyInKit
import Foundation

/// What a command needs to do its work: the database, the language, today.
struct Context {
    let options: GlobalOptions
    let l: Localizer
    let today: Day
    let environment = ProcessEnvironment.current

    init(_ options: GlobalOptions) throws {
        self.options = options
        if let requested = options.lang, Language(code: requested) == nil { throw BuyInError.invalidLanguage(requested) }
        l = Localizer.current
        today = try Day.today()
    }

    var databasePath: String { DatabaseLocation.resolve(option: options.db, environment: environment) }

    /// Opens the database. Only `start` creates one: every other command needs a campaign, so
    /// without a database it says where it looked instead of leaving an empty file there.
    func store(creating: Bool = false) throws -> Store { try Store(path: databasePath, creating: creating) }

    /// The campaign named with `--campaign`, else the current one.
    func campaign(_ store: Store) throws -> Campaign { try store.campaign(options.campaign) }

    func day(_ text: String?) throws -> Day? { try DayParser.parse(optional: text, today: today) }
}
