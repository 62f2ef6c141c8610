import BuyInKit

/// The question before a deletion that cannot be undone: `--yes` goes ahead, a person at a
/// terminal answers, and a script that said neither is refused with nothing deleted.
enum Confirmation {
    /// Whether to go ahead; throws when there is no one to ask.
    static func granted(_ question: String, yes: Bool, deleting subject: String, _ l: Localizer) throws -> Bool {
        if yes { return true }
        guard Console.stdinIsTerminal else { throw BuyInError.confirmationNeeded(subject) }
        if Vocabulary.isYes(Prompter(l: l).ask(question) ?? "") { return true }
        Console.out(l.text("deletion.cancelled"))
        return false
    }
}
