import ArgumentParser
import BuyInKit
import Foundation

/// `buyin import FILE`: loads what `buyin export` wrote, in one transaction, into the store
/// `--db` names; people already there are matched by name or email, not added twice.
struct Import: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("import", discussion: true)
    }
    @Argument(help: ArgumentHelp(L.text("help.argument.importFile"), valueName: L.text("value.path")))
    var file: String
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let export = try RecordExport.read(InputFile.contents(of: file), from: file)
        // Like `start`, it may be the first command on a new machine: the file is made if needed,
        // and removed again if the import is refused, so that a refusal leaves nothing behind.
        let database = context.databasePath
        let isNewFile = !context.isTeamStore && !FileManager.default.fileExists(atPath: database)
        let summary: ImportSummary
        do {
            summary = try context.store(creating: true).importRecords(export, from: file)
        } catch {
            if isNewFile {
                context.finish()
                DatabaseFile.remove(database)
            }
            throw error
        }
        let l = context.l
        Console.out(l.text("import.done", file, l.plural("export.campaigns", count: summary.campaigns.count),
                           l.plural("import.meetings", count: summary.meetings),
                           l.plural("import.newPeople", count: summary.newPeople), l.plural("import.matchedPeople", count: summary.matchedPeople)))
        if let current = summary.current { Console.out(l.text("import.current", current)) }
    }
}
