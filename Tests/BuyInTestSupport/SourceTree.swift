import Foundation

/// The package's own files, read by path from the source tree (translations, sources, golden files).
public enum SourceTree {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path relative to the package root, as `Sources/BuyInKit` or `Resources/fr.lproj`.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}
