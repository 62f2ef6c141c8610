import ArgumentParser
import BuyInKit

/// `buyin export FILE`: everything this person may see, as JSON that `buyin import` loads into
/// any store, the team's PostgreSQL server or a SQLite file.
struct Export: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("export", discussion: true)
    }
    @Argument(help: ArgumentHelp(L.text("help.argument.exportFile"), valueName: L.text("value.path")))
    var positionalFile: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.argument.exportFile"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let file = try OutputFile.path(positional: positionalFile, output: output)
        let store = try context.store()
        var campaigns = 0
        // Owner-only and replaced atomically, as a backup is: it holds private notes. Written as
        // it is read, a row at a time, so that memory never holds the whole record.
        try DocumentWriter.stream(to: file, overwrite: force, sparing: context.openDatabases) { write in
            campaigns = try store.exportRecords(into: write)
        }
        Console.confirm(context.l.text("export.written", file, context.l.plural("export.campaigns", count: campaigns)), written: file)
    }
}
