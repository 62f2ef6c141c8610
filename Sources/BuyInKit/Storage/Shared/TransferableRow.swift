import GRDB

/// A table's row as `export` writes it and `import` reads it back, on either store.
public protocol TransferableRow: FetchableRecord, TableRecord {}

extension Stakeholder: TransferableRow {}
extension Campaign: TransferableRow {}
extension Goal: TransferableRow {}
extension CampaignStakeholder: TransferableRow {}
extension Meeting: TransferableRow {}
extension MeetingNote: TransferableRow {}
extension MeetingQuote: TransferableRow {}
extension FollowUp: TransferableRow {}
extension Objection: TransferableRow {}
extension Win: TransferableRow {}
extension WinPerson: TransferableRow {}
extension Metric: TransferableRow {}
extension DecisionOption: TransferableRow {}
extension Decision: TransferableRow {}
extension InfluenceLink: TransferableRow {}
extension IdeaChange: TransferableRow {}
extension StanceChange: TransferableRow {}
