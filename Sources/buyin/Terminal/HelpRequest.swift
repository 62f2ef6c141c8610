import ArgumentParser

/// `buyin --help` and `buyin meeting log --help`: the commonest lines a new user types. They are
/// answered through swift-argument-parser's public `helpMessage(for:)`, without a parse: the
/// parser's check for `--generate-completion-script` on every line costs more than the help
/// itself (callgrind: 1.9 M of `buyin --help`'s 17.8 M instructions). Any other shape of line,
/// and any word that is not a command name, goes to the parser as usual.
enum HelpRequest {
    /// The command whose help the line asks for, when it is only command names then `--help`.
    static func command(for arguments: [String]) -> ParsableCommand.Type? {
        guard let last = arguments.last, last == "--help" || last == "-h" else { return nil }
        var command: ParsableCommand.Type = BuyIn.self
        for word in arguments.dropLast() {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { return nil }
            command = next
        }
        return command
    }
}
