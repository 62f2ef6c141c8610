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
    /// "goal.add" is `buyin goal add` with `help.goal.add`; a `help.<key>.discussion`, when the
    /// tables have one, is its discussion.
    static func buyin(_ key: String, subcommands: [ParsableCommand.Type] = [],
                      defaultSubcommand: ParsableCommand.Type? = nil) -> CommandConfiguration {
        let name = key.split(separator: ".").last.map(String.init) ?? key
        let discussion = L.has("help.\(key).discussion") ? L.text("help.\(key).discussion") : ""
        return CommandConfiguration(commandName: name, abstract: L.text("help.\(key)"), discussion: discussion,
                                    subcommands: subcommands, defaultSubcommand: defaultSubcommand)
    }
}
