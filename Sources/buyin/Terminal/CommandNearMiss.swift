import ArgumentParser
import BuyInKit

/// `buyin stakholder list`: a word where a command name goes that is one slip away from one.
/// The parser only says the word is unexpected; this names the command meant.
enum CommandNearMiss {
    /// The error for the first word of the line that is not a command name but is close to
    /// one of the names allowed there, if any.
    static func error(for arguments: [String]) -> BuyInError? {
        var command: ParsableCommand.Type = BuyIn.self
        var path = ["buyin"]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !word.hasPrefix("-"), !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { $0.configuration.commandName == word }) {
                command = next
                path.append(word)
                continue
            }
            let names = subcommands.compactMap { $0.configuration.commandName }
            // A name the word begins (`stat` → status) is what was meant before a name one slip
            // away (`stat` → start): people cut words short more often than they misspell them.
            let begun = word.count >= 2 ? names.filter { $0.hasPrefix(word) } : []
            guard let meant = begun.count == 1 ? begun.first : EditDistance.nearest(to: word, among: names.map { ($0, $0) }).first else {
                return nil
            }
            return .unknownCommandNear(word, suggestion: (path + [meant]).joined(separator: " "))
        }
        return nil
    }
}
