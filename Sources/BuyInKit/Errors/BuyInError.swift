/// Everything that can go wrong in buyin, each case carrying what its message needs.
/// The command line turns one into a single localized line and a sysexits code.
public enum BuyInError: Error, Equatable, Sendable {
    // 64: the command was used wrongly
    case invalidLanguage(String)
    case invalidFormat(String)
    case conflictingOptions(String, String)
    case missingValue(field: String)
    // 65: the data given is wrong
    case invalidDate(String)
    case invalidNumber(String)
    case invalidScore(field: String, value: String)
    case invalidWord(kind: WordKind, value: String)
    case emptyText(field: String)
    case unknownCampaign(String)
    case unknownStakeholder(String)
    case ambiguousStakeholder(String, candidates: [String])
    case stakeholderExists(String)
    case unknownRecord(kind: RecordKind, id: Int64)
    case invalidTransition(kind: RecordKind, id: Int64, from: String, to: String)
    case foreignDatabase(path: String)
    case emptyDatabaseFile(path: String)
    case newerDatabase(path: String)
    case constraint(String)
    case templateSyntax(path: String, line: Int, reason: String)
    case invalidDemoData(String)
    // 66: something to read is missing
    case noCampaign
    case fileNotFound(String)
    // 73: something cannot be created
    case cannotCreateDatabase(path: String, reason: String)
    case outputExists(String)
    case cannotWriteFile(path: String, reason: String)
    // 74: input/output
    case notADatabase(path: String)
    case corruptDatabase(path: String)
    case readOnlyDatabase(path: String)
    case diskFull(path: String)
    case databaseBusy(path: String)
    case ioError(path: String, reason: String)
    case outputFailed(reason: String)
    case editorFailed(String)
    // 70: a bug or a broken installation
    case resourcesMissing
    case internalError(String)

    /// What kind of word failed to parse: names the list of accepted words in the message.
    public enum WordKind: String, Sendable { case stance, channel, category, objectionStatus, winKind, outcome }
    /// What kind of numbered record was not found.
    public enum RecordKind: String, Sendable { case meeting, objection, win, followUp, metric, goal }

    /// The sysexits code for this error.
    public var exitCode: Int32 {
        switch self {
        case .invalidLanguage, .invalidFormat, .conflictingOptions, .missingValue: return 64
        case .invalidDate, .invalidNumber, .invalidScore, .invalidWord, .emptyText, .unknownCampaign,
             .unknownStakeholder, .ambiguousStakeholder, .stakeholderExists, .unknownRecord,
             .invalidTransition, .foreignDatabase, .emptyDatabaseFile, .newerDatabase, .constraint,
             .templateSyntax, .invalidDemoData: return 65
        case .noCampaign, .fileNotFound: return 66
        case .cannotCreateDatabase, .outputExists, .cannotWriteFile: return 73
        case .notADatabase, .corruptDatabase, .readOnlyDatabase, .diskFull, .databaseBusy, .ioError,
             .outputFailed, .editorFailed: return 74
        case .resourcesMissing, .internalError: return 70
        }
    }

    /// The one line a person reads, in their language.
    public func message(_ l: Localizer) -> String {
        switch self {
        case .invalidLanguage(let value): return l.text("error.invalidLanguage", value)
        case .invalidFormat(let value): return l.text("error.invalidFormat", value)
        case .conflictingOptions(let a, let b): return l.text("error.conflictingOptions", a, b)
        case .missingValue(let field): return l.text("error.missingValue", l.text("field.\(field)"))
        case .invalidDate(let value): return l.text("error.invalidDate", value)
        case .invalidNumber(let value): return l.text("error.invalidNumber", value)
        case .invalidScore(let field, let value): return l.text("error.invalidScore", l.text("field.\(field)"), value)
        case .invalidWord(let kind, let value):
            return l.text("error.invalidWord.\(kind.rawValue)", value, Vocabulary.accepted(kind, l))
        case .emptyText(let field): return l.text("error.emptyText", l.text("field.\(field)"))
        case .unknownCampaign(let slug): return l.text("error.unknownCampaign", slug)
        case .unknownStakeholder(let name): return l.text("error.unknownStakeholder", name)
        case .ambiguousStakeholder(let name, let candidates):
            return l.text("error.ambiguousStakeholder", name, candidates.joined(separator: ", "))
        case .stakeholderExists(let name): return l.text("error.stakeholderExists", name)
        case .unknownRecord(let kind, let id): return l.text("error.unknown.\(kind.rawValue)", String(id))
        case .invalidTransition(let kind, let id, let from, let to):
            return l.text("error.invalidTransition", l.text("record.\(kind.rawValue)"), String(id),
                          l.text("objectionStatus.\(from)"), l.text("objectionStatus.\(to)"))
        case .foreignDatabase(let path): return l.text("error.foreignDatabase", path)
        case .emptyDatabaseFile(let path): return l.text("error.emptyDatabaseFile", path)
        case .newerDatabase(let path): return l.text("error.newerDatabase", path)
        case .constraint(let detail): return l.text("error.constraint", detail)
        case .templateSyntax(let path, let line, let reason): return l.text("error.templateSyntax", path, String(line), reason)
        case .invalidDemoData(let detail): return l.text("error.invalidDemoData", detail)
        case .noCampaign: return l.text("error.noCampaign")
        case .fileNotFound(let path): return l.text("error.fileNotFound", path)
        case .cannotCreateDatabase(let path, let reason): return l.text("error.cannotCreateDatabase", path, reason)
        case .outputExists(let path): return l.text("error.outputExists", path)
        case .cannotWriteFile(let path, let reason): return l.text("error.cannotWriteFile", path, reason)
        case .notADatabase(let path): return l.text("error.notADatabase", path)
        case .corruptDatabase(let path): return l.text("error.corruptDatabase", path)
        case .readOnlyDatabase(let path): return l.text("error.readOnlyDatabase", path)
        case .diskFull(let path): return l.text("error.diskFull", path)
        case .databaseBusy(let path): return l.text("error.databaseBusy", path)
        case .ioError(let path, let reason): return l.text("error.ioError", path, reason)
        case .outputFailed(let reason): return l.text("error.outputFailed", reason)
        case .editorFailed(let editor): return l.text("error.editorFailed", editor)
        case .resourcesMissing:
            // Without resources there is no translation to read: this one line is all buyin can say.
            if l.hasTables { return l.text("error.resourcesMissing", ResourceLocator.bundleName) }
            return "buyin: cannot find its data folder \(ResourceLocator.bundleName) next to the executable; reinstall it as the README says (install the folder beside the binary)."
        case .internalError(let detail): return l.text("error.internal", detail)
        }
    }
}
