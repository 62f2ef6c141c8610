import Foundation

/// Writes an exported document: never over an existing file unless asked, and atomically, so a
/// crash leaves either the old file or the whole new one, owner-only.
public enum DocumentWriter {
    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        try replace(path, overwrite: overwrite) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw BuyInError.cannotWriteFile(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Refuses an existing file unless `overwrite`, has `make` write a temporary file beside it,
    /// then renames that over `path`: a failure leaves any earlier file as it was.
    public static func replace(_ path: String, overwrite: Bool, make: (_ temporary: String) throws -> Void) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: path) && !overwrite { throw BuyInError.outputExists(path) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        do {
            try make(temporary)
        } catch {
            try? fileManager.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fileManager.removeItem(atPath: temporary)
            throw BuyInError.cannotWriteFile(path: path, reason: reason)
        }
    }
}
