extension Language {
    /// Whether a count takes the singular form: English says "1 meeting" but "0 meetings";
    /// French says "0 réunion" and "1 réunion".
    public func isSingular(_ count: Int) -> Bool {
        switch self {
        case .en: return count == 1
        case .fr: return count == 0 || count == 1
        }
    }
}
