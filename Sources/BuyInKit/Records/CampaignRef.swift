/// Which campaign a command works on: the one named (`--campaign`, a slug or a title), or the
/// current one. Every service that works inside a campaign takes one of these.
public enum CampaignRef: Sendable, Equatable {
    case current
    case named(String)

    /// `--campaign` as given: nil is the current campaign.
    public init(_ name: String?) {
        self = name.map(CampaignRef.named) ?? .current
    }
}
