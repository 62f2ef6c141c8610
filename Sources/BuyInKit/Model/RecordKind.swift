/// A kind of numbered record a campaign holds: what `delete` and `edit` take, and what an
/// error names. The raw value names its words in the translation files (`record.*`,
/// `error.unknown.*`); its table is the store's business (`RecordKind.table`).
public enum RecordKind: String, Sendable, CaseIterable {
    case meeting, objection, win, followUp, metric, goal, decisionOption
}
