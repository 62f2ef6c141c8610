import Foundation

/// A file a person hands buyin to read (`import FILE`), or standard input for `-`.
public enum InputFile {
    /// The whole file; a missing one is named as missing, any other refusal with the system's
    /// reason in the reader's language.
    public static func contents(of path: String) throws -> Data {
        let descriptor = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? BuyInError.fileNotFound(path) : BuyInError.ioError(path: path, reason: .system(errno))
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw BuyInError.ioError(path: path, reason: .system(errno))
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }
}
