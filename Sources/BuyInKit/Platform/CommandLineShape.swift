/// What the command line's options are like, for reading a line before swift-argument-parser
/// does: which options are flags (take no value), which may be given several times, and the
/// short spellings of long ones. A test compares these lists with the parser's own description
/// of every command, so that a new option cannot be forgotten here.
public enum CommandLineShape {
    public static let flags: Set<String> = ["--json", "--force", "--confirmed", "--edit", "--open", "--all", "--yes", "--overdue", "--private", "--recommended", "--not-recommended", "--veto", "--no-veto", "--shared-approval", "--no-decision-role", "--help", "-h", "--version", "--experimental-dump-help", "--attach-html"]
    public static let repeatable: Set<String> = ["--note", "--quote", "--shared-quote", "--with", "--next", "--idea-change"]
    public static let shortNames: [String: String] = ["-o": "--output", "-h": "--help"]
    /// More arguments than any person types: swift-argument-parser's time grows with the square
    /// of the count (4,000 took 17 s), so a longer line is refused at once.
    public static let maximumArguments = 500
}
