import ArgumentParser
import BuyInKit
import Foundation

/// `buyin backup FILE`: the one export that contains everything, private notes included.
struct Backup: BuyInCommand {
    static var configuration: CommandConfiguration {
        .buyin("backup", discussion: true)
    }
    @Argument(help: ArgumentHelp(L.text("help.argument.backupFile"), valueName: L.text("value.path")))
    var positionalFile: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.argument.backupFile"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let file = try OutputFile.path(positional: positionalFile, output: output)
        try context.localFile(for: "buyin backup").backup(to: file, overwrite: force)
        Console.confirm(context.l.text("backup.written", file), written: file)
    }
}
