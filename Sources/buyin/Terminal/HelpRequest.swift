import ArgumentParser

/// `buyin --help` and `buyin meeting log --help`: the commonest lines a new user types. They are
/// answered through swift-argument-parser's public `helpMessage(for:)`, without a parse: the
/// parser's check for `--generate-completion-script` on every line costs more than the help
/// itself (callgrind: 1.9 M of `buyin --help`'s 17.8 M instructions). Any other shape of line,
/// and any word that is not a command name, goes to the parser as usual.
enum HelpRequest {
    /// The command whose help the line asks for, when it is only command names then `--help`,
    /// or `help` then command names, global options anywhere. `buyin help start --lang fr` is
    /// asked in French: the language is already chosen, and the parser's own `help` would refuse
    /// `--lang`. (`buyin --help --db team.db` went through the parser's error path, which made
    /// the help twice, once only to learn its exit code: 10.2 M instructions where this takes 5.5 M.)
    static func command(for arguments: [String]) -> ParsableCommand.Type? {
        var words = withoutGlobalOptions(arguments[...])
        if words.first == "help" { words = Array(words.dropFirst()) + ["--help"] }
        guard let last = words.last, last == "--help" || last == "-h" else { return nil }
        var command: ParsableCommand.Type = BuyIn.self
        for word in words.dropLast() {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { return nil }
            command = next
        }
        return command
    }

    static func withoutGlobalOptions(_ words: ArraySlice<String>) -> [String] {
        var kept: [String] = [], skipNext = false
        for word in words {
            if skipNext { skipNext = false; continue }
            if ArgumentLine.globalNames.contains(word) { skipNext = true; continue }
            if ArgumentLine.globalNames.contains(where: { word.hasPrefix($0 + "=") }) { continue }
            kept.append(word)
        }
        return kept
    }

    /// The command names a line begins with (`meeting log` in `meeting log Margaret --x`),
    /// global options skipped: whose help a usage error points to.
    static func commandPath<Words: Collection<String>>(of arguments: Words) -> [String] {
        var command: ParsableCommand.Type = BuyIn.self
        var path: [String] = []
        for word in withoutGlobalOptions(ArraySlice(arguments)) {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { break }
            command = next
            path.append(word)
        }
        return path
    }
}
