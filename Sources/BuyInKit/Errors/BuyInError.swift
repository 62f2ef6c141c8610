/// Everything that can go wrong in buyin, each case carrying what its message needs.
/// The command line turns one into a single localized line and a sysexits code.
public enum BuyInError: Error, Equatable, Sendable {
    // 64: the command was used wrongly
    case invalidLanguage(String)
    case conflictingOptions(String, String)
    case missingValue(field: String)
    case repeatedOption(String)
    case tooManyArguments(Int)
    // 65: the data given is wrong
    case invalidDate(String)
    case invalidNumber(String)
    /// A number typed with the other language's separators, or grouped wrongly (`1,5` in English).
    case ambiguousNumber(String)
    /// A number too large to be shown to a reader as typed.
    case numberOutOfRange(String)
    /// A cost or figure that is not an amount (`€twenty`).
    case invalidAmount(String)
    /// An amount whose decimal separator could be a thousands one (`1.500` in English).
    case ambiguousAmount(String)
    /// An amount with its currency given a unit that says another (`€20k --unit USD`).
    case currencyConflict(amount: String, unit: String)
    case unknownCurrency(String)
    /// A count of results to show that is not at least one.
    case invalidLimit(String)
    /// An edit command given nothing to change.
    case nothingToChange(kind: RecordKind, id: Int64)
    case invalidScore(field: String, value: String)
    case invalidWord(kind: WordKind, value: String)
    case emptyText(field: String)
    case unknownCampaign(String)
    /// A word where a command name goes, close to one: `stakholder` for `stakeholder`.
    case unknownCommandNear(String, suggestion: String)
    case unknownCampaignNear(String, suggestions: [String])
    case unknownStakeholder(String)
    /// No one by that name, but names close to it: a slip of the keyboard.
    case unknownStakeholderNear(String, suggestions: [String])
    case ambiguousStakeholder(String, candidates: [StakeholderCandidate])
    case stakeholderExists(String)
    /// A rename to the name of another person: the two are probably one.
    case renameTaken(String, to: String)
    /// The person is not on the map of that campaign.
    case notMapped(String, campaign: String)
    /// Deleting someone everywhere needs a yes, and no one was there to say it.
    case confirmationNeeded(String)
    /// Merging a person into themselves.
    case sameStakeholder(String)
    /// A link of influence from a person to themselves.
    case influencesThemself(String)
    /// Taking off a link of influence that was never recorded.
    case noInfluence(String, String)
    /// `stakeholder path` without a name, in a campaign whose decision owner is on no map.
    case noDecisionOwner(String)
    /// A second approver named without saying the approval is shared.
    case approverTaken(String, campaign: String)
    /// A campaign already has that short name.
    case slugTaken(String)
    /// A short name that is not lowercase letters, digits and dashes.
    case invalidSlug(String)
    case unknownRecord(kind: RecordKind, id: Int64)
    case invalidTransition(kind: RecordKind, id: Int64, from: String, to: String)
    case foreignDatabase(path: String)
    case newerDatabase(path: String)
    case constraint(String)
    case templateSyntax(path: String, line: Int, reason: String)
    /// A template nested or repeating too deeply to be rendered in reasonable time.
    case templateTooComplex(path: String)
    /// An editor saved the form in an encoding other than UTF-8.
    case editorEncoding(path: String)
    case invalidDemoData(String)
    // 66: something to read is missing
    case noCampaign
    case fileNotFound(String)
    /// A command that only reads found no database to read.
    case noDatabase(path: String)
    // 73: something cannot be created
    case cannotCreateDatabase(path: String, reason: FailureReason)
    case outputExists(String)
    case cannotWriteFile(path: String, reason: FailureReason)
    /// An output that would land on the open database or one of its logs.
    case outputIsDatabase(String)
    // 77: not allowed
    /// The database sits in a folder other users can write.
    case sharedFolder(path: String)
    /// The database sits in a folder every user shares and no user owns alone (`/tmp`): making it
    /// private is not the user's to do, so the advice is a folder of their own.
    case sharedSystemFolder(path: String)
    /// The database file belongs to another user.
    case foreignOwner(path: String)
    // 78: the environment is wrong
    /// Today's date is outside what buyin can record (the clock or `SOURCE_DATE_EPOCH`).
    case clockOutOfRange(String)
    // 74: input/output
    case notADatabase(path: String)
    case corruptDatabase(path: String)
    case readOnlyDatabase(path: String)
    case diskFull(path: String)
    case databaseBusy(path: String)
    case ioError(path: String, reason: FailureReason)
    case outputFailed(reason: FailureReason)
    case editorFailed(String)
    // 69: a program buyin needs is not there or failed
    /// `brief --format pdf` found no headless Chromium to print with.
    case browserMissing
    /// `BUYIN_CHROMIUM` names something that is not a program.
    case browserNotFound(String)
    /// Chromium ran but wrote no PDF; what it said, first line.
    case printFailed(String)
    // 70: a bug or a broken installation
    /// The team's PostgreSQL server could not be reached, or went away during the command.
    case serverUnavailable(server: String, reason: String)
    /// The server refused the role's login (password, certificate or unknown role).
    case authenticationFailed(server: String, reason: String)
    /// The server refused what the role asked (not a team member, or not its administrator).
    case permissionDenied(server: String, reason: String)
    /// The server is there, the database named in the address is not.
    case teamDatabaseMissing(server: String, reason: String)
    /// `team init` or `team add` run by a member who does not own the team's tables.
    case teamAdminOnly(server: String)
    /// A deletion would take another member's private notes or quotes with it, which they alone
    /// may see and remove.
    case othersPrivateText(server: String)
    /// Chromium did not finish printing within the time allowed (seconds).
    case printTimedOut(seconds: Int)
    /// An export with two records of the same kind under one number: which list, which number.
    case importDuplicate(path: String, section: String, id: Int64)
    /// A command that only has a meaning for the team store (`team init`, `team add`).
    case needsTeamStore(command: String)
    /// A command that only has a meaning for the SQLite file (`backup`).
    case needsLocalFile(command: String)
    /// This buyin was built without the team store (the static single-user build).
    case teamStoreNotBuilt
    /// `demo --db` names a file: the demo builds in a team store's temporary schema, never in a file.
    case demoNeedsServer(String)
    /// A file given to `import` that is not an export buyin can read; `at` names the field.
    case importUnreadable(path: String, at: String?)
    /// An export written by a newer buyin, in a format this one does not know.
    case importNewer(path: String)
    /// The export holds a campaign whose short name this store already has.
    case importCampaignExists(slug: String, path: String)
    case resourcesMissing
    case internalError(String)
    /// A line of piped input that could not be read: which line, and why.
    indirect case onInputLine(Int, BuyInError)

    /// What kind of word failed to parse: names the list of accepted words in the message.
    public enum WordKind: String, Sendable { case stance, channel, category, objectionStatus, winKind, outcome, decisionRole }

    /// The sysexits code for this error (see `SysExits`).
    public var exitCode: Int32 {
        switch self {
        case .invalidLanguage, .conflictingOptions, .missingValue, .repeatedOption, .tooManyArguments, .unknownCommandNear: return SysExits.usage
        case .invalidDate, .invalidNumber, .ambiguousNumber, .numberOutOfRange, .invalidAmount, .ambiguousAmount, .currencyConflict, .unknownCurrency, .invalidLimit, .nothingToChange, .invalidScore, .invalidWord, .emptyText,
             .unknownCampaign, .unknownCampaignNear, .unknownStakeholder, .unknownStakeholderNear, .ambiguousStakeholder, .stakeholderExists, .renameTaken, .unknownRecord,
             .invalidTransition, .foreignDatabase, .newerDatabase, .constraint,
             .templateSyntax, .templateTooComplex, .editorEncoding, .invalidDemoData,
             .notMapped, .confirmationNeeded, .sameStakeholder, .slugTaken, .invalidSlug,
             .influencesThemself, .noInfluence, .noDecisionOwner, .approverTaken,
             .importUnreadable, .importNewer, .importCampaignExists, .importDuplicate: return SysExits.dataError
        case .noCampaign, .fileNotFound, .noDatabase, .teamDatabaseMissing: return SysExits.noInput
        case .cannotCreateDatabase, .outputExists, .cannotWriteFile, .outputIsDatabase: return SysExits.cannotCreate
        case .notADatabase, .corruptDatabase, .readOnlyDatabase, .diskFull, .databaseBusy, .ioError,
             .outputFailed, .editorFailed: return SysExits.ioError
        case .sharedFolder, .sharedSystemFolder, .foreignOwner: return SysExits.noPermission
        case .clockOutOfRange: return SysExits.configuration
        case .browserMissing, .browserNotFound, .printFailed, .printTimedOut, .serverUnavailable: return SysExits.unavailable
        case .authenticationFailed, .permissionDenied, .teamAdminOnly, .othersPrivateText: return SysExits.noPermission
        case .needsTeamStore, .needsLocalFile, .demoNeedsServer: return SysExits.usage
        case .teamStoreNotBuilt: return SysExits.unavailable
        case .resourcesMissing, .internalError: return SysExits.software
        case .onInputLine(_, let reason): return reason.exitCode
        }
    }

    /// The one line a person reads, in their language.
    public func message(_ l: Localizer) -> String {
        switch self {
        case .onInputLine(let line, let reason): return l.text("error.onInputLine", String(line), reason.message(l))
        case .invalidLanguage(let value): return l.text("error.invalidLanguage", value)
        case .conflictingOptions(let a, let b): return l.text("error.conflictingOptions", a, b)
        case .missingValue(let field): return l.text("error.missingValue", l.text("field.\(field)"))
        case .repeatedOption(let name): return l.text("error.repeatedOption", name)
        case .tooManyArguments(let limit): return l.text("error.tooManyArguments", l.number(limit))
        case .invalidDate(let value): return l.text("error.invalidDate", value)
        case .invalidNumber(let value): return l.text("error.invalidNumber", value)
        case .ambiguousNumber(let value): return l.text("error.ambiguousNumber", value)
        case .numberOutOfRange(let value): return l.text("error.numberOutOfRange", value)
        case .invalidAmount(let value): return l.text("error.invalidAmount", value)
        case .ambiguousAmount(let value): return l.text("error.ambiguousAmount", value)
        case .currencyConflict(let amount, let unit): return l.text("error.currencyConflict", amount, unit)
        case .unknownCurrency(let value): return l.text("error.unknownCurrency", value)
        case .invalidLimit(let value): return l.text("error.invalidLimit", value)
        case .nothingToChange(let kind, let id): return l.text("error.nothingToChange", l.text("record.\(kind.rawValue)"), String(id))
        case .invalidScore(let field, let value): return l.text("error.invalidScore", l.text("field.\(field)"), value)
        case .invalidWord(let kind, let value):
            return l.text("error.invalidWord.\(kind.rawValue)", value, Vocabulary.accepted(kind, l))
        case .emptyText(let field): return l.text("error.emptyText", l.text("field.\(field)"))
        case .unknownCampaign(let slug): return l.text("error.unknownCampaign", slug)
        case .unknownCommandNear(let typed, let suggestion): return l.text("error.unknownCommandNear", typed, suggestion)
        case .unknownCampaignNear(let name, let suggestions):
            return l.text("error.unknownCampaignNear", name, l.alternatives(suggestions))
        case .unknownStakeholder(let name): return l.text("error.unknownStakeholder", name)
        case .unknownStakeholderNear(let name, let suggestions):
            return l.text("error.unknownStakeholderNear", name, l.alternatives(suggestions.map { l.text("quoted", $0) }))
        case .ambiguousStakeholder(let name, let candidates):
            return l.text("error.ambiguousStakeholder", name, candidates.map { l.text("stakeholder.candidate", $0.name, String($0.id)) }.joined(separator: ", "))
        case .stakeholderExists(let name): return l.text("error.stakeholderExists", name)
        case .renameTaken(let name, let other): return l.text("error.renameTaken", other, name)
        case .notMapped(let name, let campaign): return l.text("error.notMapped", name, campaign)
        case .confirmationNeeded(let name): return l.text("error.confirmationNeeded", name)
        case .sameStakeholder(let name): return l.text("error.sameStakeholder", name)
        case .influencesThemself(let name): return l.text("error.influencesThemself", name)
        case .noInfluence(let from, let to): return l.text("error.noInfluence", from, to)
        case .noDecisionOwner(let campaign): return l.text("error.noDecisionOwner", campaign)
        case .approverTaken(let name, let campaign): return l.text("error.approverTaken", name, campaign)
        case .slugTaken(let slug): return l.text("error.slugTaken", slug)
        case .invalidSlug(let slug): return l.text("error.invalidSlug", slug, Slug.make(from: slug))
        case .unknownRecord(let kind, let id): return l.text("error.unknown.\(kind.rawValue)", String(id))
        case .invalidTransition(let kind, let id, let from, let to):
            return l.text("error.invalidTransition", l.text("record.\(kind.rawValue)"), String(id),
                          l.text("objectionStatus.\(from)"), l.text("objectionStatus.\(to)"))
        case .foreignDatabase(let path): return l.text("error.foreignDatabase", path)
        case .newerDatabase(let path): return l.text("error.newerDatabase", path)
        case .constraint(let detail): return l.text("error.constraint", detail)
        case .templateSyntax(let path, let line, let reason): return l.text("error.templateSyntax", path, String(line), reason)
        case .templateTooComplex(let path): return l.text("error.templateTooComplex", path)
        case .editorEncoding(let path): return l.text("error.editorEncoding", path)
        case .invalidDemoData(let detail): return l.text("error.invalidDemoData", detail)
        case .noCampaign: return l.text("error.noCampaign")
        case .fileNotFound(let path): return l.text("error.fileNotFound", path)
        case .noDatabase(let path): return l.text("error.noDatabase", path)
        case .cannotCreateDatabase(let path, let reason): return l.text("error.cannotCreateDatabase", path, reason.text(l))
        case .outputExists(let path): return l.text("error.outputExists", path)
        case .cannotWriteFile(let path, let reason): return l.text("error.cannotWriteFile", path, reason.text(l))
        case .outputIsDatabase(let path): return l.text("error.outputIsDatabase", path)
        case .sharedFolder(let path): return l.text("error.sharedFolder", path)
        case .sharedSystemFolder(let path): return l.text("error.sharedSystemFolder", path)
        case .foreignOwner(let path): return l.text("error.foreignOwner", path)
        case .clockOutOfRange(let value): return l.text("error.clockOutOfRange", value)
        case .browserMissing: return l.text("error.browserMissing")
        case .browserNotFound(let path): return l.text("error.browserNotFound", path)
        case .printFailed(let reason): return l.text("error.printFailed", reason)
        case .notADatabase(let path): return l.text("error.notADatabase", path)
        case .corruptDatabase(let path): return l.text("error.corruptDatabase", path)
        case .readOnlyDatabase(let path): return l.text("error.readOnlyDatabase", path)
        case .diskFull(let path): return l.text("error.diskFull", path)
        case .databaseBusy(let path): return l.text("error.databaseBusy", path)
        case .ioError(let path, let reason): return l.text("error.ioError", path, reason.text(l))
        case .outputFailed(let reason): return l.text("error.outputFailed", reason.text(l))
        case .editorFailed(let editor): return l.text("error.editorFailed", editor)
        case .serverUnavailable(let server, let reason): return l.text("error.serverUnavailable", server, ServerReason.text(reason, l))
        case .authenticationFailed(let server, let reason): return l.text("error.authenticationFailed", server, ServerReason.text(reason, l))
        case .permissionDenied(let server, let reason): return l.text("error.permissionDenied", server, ServerReason.text(reason, l))
        case .teamDatabaseMissing(let server, let reason): return l.text("error.teamDatabaseMissing", server, ServerReason.text(reason, l))
        case .teamAdminOnly(let server): return l.text("error.teamAdminOnly", server)
        case .othersPrivateText(let server): return l.text("error.othersPrivateText", server)
        case .printTimedOut(let seconds): return l.text("error.printTimedOut", l.number(seconds))
        case .importDuplicate(let path, let section, let id): return l.text("error.importDuplicate", path, section, String(id))
        case .needsTeamStore(let command): return l.text("error.needsTeamStore", command)
        case .needsLocalFile(let command): return l.text("error.needsLocalFile", command)
        case .teamStoreNotBuilt: return l.text("error.teamStoreNotBuilt")
        case .demoNeedsServer(let path): return l.text("error.demoNeedsServer", path)
        case .importUnreadable(let path, nil): return l.text("error.importUnreadable", path)
        case .importUnreadable(let path, let field?): return l.text("error.importUnreadableAt", path, field)
        case .importNewer(let path): return l.text("error.importNewer", path)
        case .importCampaignExists(let slug, let path): return l.text("error.importCampaignExists", path, slug)
        case .resourcesMissing:
            // Without resources there is no translation to read: this one line is all buyin can say.
            if l.hasTables { return l.text("error.resourcesMissing", ResourceLocator.bundleName) }
            return "buyin: cannot find its data folder \(ResourceLocator.bundleName) next to the executable; reinstall it as the README says (install the folder beside the binary)."
        case .internalError(let detail): return l.text("error.internal", detail)
        }
    }
}

/// The sysexits(3) codes buyin ends with.
public enum SysExits {
    public static let usage: Int32 = 64
    public static let dataError: Int32 = 65
    public static let noInput: Int32 = 66
    public static let unavailable: Int32 = 69
    public static let software: Int32 = 70
    public static let cannotCreate: Int32 = 73
    public static let ioError: Int32 = 74
    public static let noPermission: Int32 = 77
    public static let configuration: Int32 = 78
}
