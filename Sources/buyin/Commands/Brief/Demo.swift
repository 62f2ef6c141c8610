import ArgumentParser
import BuyInKit
import Foundation

/// `buyin demo`: the pre-read of a bundled sample campaign, built in a temporary database that
/// is removed afterwards; the user's own database is never opened. With `--db postgresql://…`
/// it is built on the team's server instead, in a schema the server drops when it is done:
/// a first look at the team store that leaves nothing behind.
struct Demo: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("demo", discussion: true)
    }
    @OptionGroup var options: BriefOptions
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.lang"), valueName: "en|fr"))
    var lang: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.demoDb"), valueName: "postgresql://…"))
    var db: String?

    func run() throws {
        if let db, !DatabaseLocation.isServer(db) { throw BuyInError.demoNeedsServer(db) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buyin-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        var global = GlobalOptions()
        global.lang = lang
        global.db = db ?? folder.appendingPathComponent("demo.sqlite").path
        // Its own context, as `BuyInCommand.run()` builds one, over a database of its own.
        let context = try Context(global)
        defer { context.finish() }
        let store = try db == nil ? context.store(creating: true) : context.temporaryTeamStore()
        let slug = try store.importDemo(DemoCampaign.load(context.l.language, today: context.today))
        try options.deliver(store.briefing(of: .named(slug), prepared: context.today), context)
    }
}
