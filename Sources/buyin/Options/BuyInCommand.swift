import ArgumentParser
import Foundation

/// The one shape of a buyin command: it declares its options, including the global ones, and
/// does its work in `run(_:)` with a `Context` built once, here, from those options. The context
/// closes the database when the work is done, whether it succeeded or not.
protocol BuyInCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(_ context: Context) throws
}

extension BuyInCommand {
    func run() throws {
        let context = try Context(global)
        defer { context.finish() }
        try run(context)
    }
}

extension CommandConfiguration {
    /// A command named by its help key: "goal" is `buyin goal` with the abstract `help.goal`,
    /// "goal.add" is `buyin goal add` with `help.goal.add`; a command with a discussion has it
    /// in `help.<key>.discussion`. (Said, not looked up: the parser reads a configuration many
    /// times per run, and a missing French key would load the English table.)
    ///
    /// Made once per command and kept: the parser asks for every command's configuration
    /// several times on each start-up (callgrind: 1.7 M instructions of `status`, 3.2 M of `--help`).
    static func buyin(_ key: String, discussion: Bool = false, subcommands: [ParsableCommand.Type] = [],
                      defaultSubcommand: ParsableCommand.Type? = nil) -> CommandConfiguration {
        ConfigurationCache.lock.lock()
        defer { ConfigurationCache.lock.unlock() }
        if let made = ConfigurationCache.made[key] { return made }
        // The last word of the key (`meeting.log` → `log`); `split` cost 5,000 instructions a
        // command, and the parser makes every command's configuration at each start (callgrind).
        let name = key.lastIndex(of: ".").map { String(key[key.index(after: $0)...]) } ?? key
        let made = CommandConfiguration(commandName: name, abstract: L.text("help.\(key)"),
                                        discussion: discussion ? L.text("help.\(key).discussion") : "",
                                        subcommands: subcommands, defaultSubcommand: defaultSubcommand)
        ConfigurationCache.made[key] = made
        return made
    }
}

/// The configurations made so far, by help key. The language is chosen before the parser asks
/// for the first one and does not change while buyin runs.
private enum ConfigurationCache {
    static let lock = NSLock()
    nonisolated(unsafe) static var made: [String: CommandConfiguration] = [:]
}
