import Foundation

/// Writes an exported document: never over an existing file unless asked, and atomically, so a
/// crash leaves either the old file or the whole new one, owner-only.
public enum DocumentWriter {
    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: path) && !overwrite { throw BuyInError.outputExists(path) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard fileManager.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw BuyInError.cannotWriteFile(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fileManager.removeItem(at: temporary)
            throw BuyInError.cannotWriteFile(path: path, reason: reason)
        }
    }
}
