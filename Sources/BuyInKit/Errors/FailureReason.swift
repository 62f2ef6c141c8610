import Foundation

/// Why the system refused: an errno, shown in the reader's language when buyin knows its
/// meaning (`errno.ENOENT`), else as the C library words it; or a text from SQLite.
public enum FailureReason: Equatable, Sendable {
    case system(Int32)
    case text(String)

    /// The errno values buyin words itself, by their C names (the translation keys).
    static let names: [Int32: String] = [
        ENOENT: "ENOENT", ENOTDIR: "ENOTDIR", EACCES: "EACCES", EPERM: "EPERM", EEXIST: "EEXIST", ENOSPC: "ENOSPC",
        EROFS: "EROFS", EISDIR: "EISDIR", ELOOP: "ELOOP", ENAMETOOLONG: "ENAMETOOLONG", EFBIG: "EFBIG", EIO: "EIO",
        EDQUOT: "EDQUOT", EMFILE: "EMFILE", EBUSY: "EBUSY", EINVAL: "EINVAL", EPIPE: "EPIPE", EXDEV: "EXDEV",
    ]

    public func text(_ l: Localizer) -> String {
        switch self {
        case .text(let text): return text
        case .system(let code):
            if let name = Self.names[code], l.has("errno.\(name)") { return l.text("errno.\(name)") }
            return String(cString: strerror(code))
        }
    }
}

/// A person buyin could mean by a name typed: their name and number.
public struct StakeholderCandidate: Equatable, Sendable {
    public var name: String
    public var id: Int64
}
