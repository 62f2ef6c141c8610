import Foundation

/// A folder of one test's own, owner-only, removed with everything in it once the test lets go
/// of it: runs leave nothing behind in the temporary directory.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL
    public var path: String { url.path }

    public init(_ prefix: String = "buyin-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // Owner-only whatever the umask: buyin refuses a database in a folder others can write.
        chmod(url.path, 0o700)
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit {
        // Folders a test made read-only or private are opened up first, so that they go too.
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in walker { chmod(url.appendingPathComponent(name).path, 0o700) }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
