/// A path's folder and name, split at the last slash as the shell and the kernel do.
/// (Foundation's `NSString.deletingLastPathComponent` traps on some paths, such as `-`.)
public struct FilePath: Sendable, Equatable {
    /// The folder, `.` for a bare name, `/` for a file at the root.
    public let folder: String
    /// The last component, trailing slashes removed.
    public let name: String

    public init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            folder = "."
            name = String(trimmed)
            return
        }
        let parent = trimmed[..<slash]
        folder = parent.isEmpty ? "/" : String(parent)
        name = String(trimmed[trimmed.index(after: slash)...])
    }
}
