import ArgumentParser
import BuyInKit

/// The options every command takes: which database, which language, which campaign.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.db"), valueName: L.text("value.path")))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(L.text("help.option.lang"), valueName: "en|fr"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(L.text("help.option.campaign"), valueName: L.text("value.slug")))
    var campaign: String?
}

/// `--json` for commands that list or show.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.json")))
    var json = false
}

/// The localizer decided at start-up, for help text and messages (keys only until it is).
/// Global because ArgumentParser reads each command's help from static properties, where no
/// value can be passed; set once in `main` before any parsing, only read after.
nonisolated(unsafe) var L = Localizer(language: .en, table: .empty)
