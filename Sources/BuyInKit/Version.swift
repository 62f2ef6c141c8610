/// The version `buyin --version` prints.
public enum BuyInVersion {
    public static let current = "0.1.0"
}
