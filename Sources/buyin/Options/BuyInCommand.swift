import ArgumentParser

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
    static func buyin(_ key: String, discussion: Bool = false, subcommands: [ParsableCommand.Type] = [],
                      defaultSubcommand: ParsableCommand.Type? = nil) -> CommandConfiguration {
        let name = key.split(separator: ".").last.map(String.init) ?? key
        return CommandConfiguration(commandName: name, abstract: L.text("help.\(key)"),
                                    discussion: discussion ? L.text("help.\(key).discussion") : "",
                                    subcommands: subcommands, defaultSubcommand: defaultSubcommand)
    }
}
