import Foundation

/// Writes an exported document or a backup where the person asked, without ever destroying
/// something they did not mean to:
/// - a regular file is replaced atomically (a crash leaves the old file or the whole new one,
///   owner-only), and only with `overwrite`;
/// - a terminal, a pipe or another device (`/dev/stdout`, `/dev/null`, a FIFO) is written to, as a
///   stream, and never replaced by a file; `-` is standard output;
/// - a database the command has open (`sparing`), or one of its logs, is refused: writing there
///   would destroy it.
public enum DocumentWriter {
    public static func write(_ text: String, to path: String, overwrite: Bool, sparing databases: [String]) throws {
        var text = text
        try text.withUTF8 { try write($0, to: path, overwrite: overwrite, sparing: databases) }
    }

    /// A document written a piece at a time as `make` hands the pieces to its writer (an
    /// export of the whole record), the same way: nothing is in place until all of it is.
    public static func stream(to path: String, overwrite: Bool, sparing databases: [String],
                              make: (_ write: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        try replace(path, overwrite: overwrite, sparing: databases) { temporary in
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw BuyInError.cannotWriteFile(path: path, reason: .system(errno)) }
            defer { close(descriptor) }
            try make { bytes in try writeAll(bytes, to: descriptor, naming: path) }
        }
    }

    /// A document that is bytes rather than text (a Word file), written the same way.
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String, overwrite: Bool, sparing databases: [String]) throws {
        try stream(to: path, overwrite: overwrite, sparing: databases) { write in try write(bytes) }
    }

    public static func write(_ bytes: Data, to path: String, overwrite: Bool, sparing databases: [String]) throws {
        try stream(to: path, overwrite: overwrite, sparing: databases) { write in
            try bytes.withUnsafeBytes { try write($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Has `make` write the document into a temporary file, then puts it in place: renamed over
    /// a regular file, or copied into a stream. The temporary file sits beside the destination
    /// (or, for a stream, in an owner-only temporary folder) and never outlives the call, even
    /// when the process is stopped by a signal; one left by a killed run is swept the next time.
    public static func replace(_ path: String, overwrite: Bool, sparing databases: [String],
                               make: (_ temporary: String) throws -> Void) throws {
        let destination = try Destination(path, sparing: databases)
        if destination.kind == .regularFile(exists: true) && !overwrite { throw BuyInError.outputExists(path) }
        let folder = destination.isStream ? try TemporaryFiles.privateFolder() : destination.folder
        let name = FilePath(destination.path).name
        let prefix = "." + (destination.isStream ? "buyin-stream" : name) + "."
        TemporaryFiles.sweep(folder: folder, prefix: prefix, suffix: ".tmp")
        let temporary = "\(folder)/\(prefix)\(getpid()).tmp"
        try TemporaryFiles.removing(temporary) {
            unlink(temporary)
            try make(temporary)
            switch destination.kind {
            case .regularFile:
                guard rename(temporary, destination.path) == 0 else {
                    throw BuyInError.cannotWriteFile(path: path, reason: .system(errno))
                }
            case .stream:
                let output = open(destination.path, O_WRONLY | O_CLOEXEC)
                guard output >= 0 else { throw BuyInError.cannotWriteFile(path: path, reason: .system(errno)) }
                defer { close(output) }
                try copy(temporary, into: output, naming: path)
            case .descriptor(let output):
                try copy(temporary, into: output, naming: path)
            }
        }
    }

    /// Whether writing to `path` streams into standard output, a terminal, a pipe or a device, where
    /// a confirmation line printed on standard output would mix with the document.
    public static func isStream(_ path: String) -> Bool {
        (try? Destination(path, sparing: []))?.isStream ?? false
    }

    /// What is at the destination, once symbolic links are followed.
    struct Destination {
        enum Kind: Equatable { case regularFile(exists: Bool), stream, descriptor(Int32) }
        /// The path to write: the link's target for a link to a file.
        var path: String
        var folder: String
        var kind: Kind

        /// Names of descriptors this process already holds: written through the descriptor, so
        /// that `> file` keeps its file and a pipe its reader.
        static func descriptor(named path: String) -> Int32? {
            switch path {
            case "-", "/dev/stdout": return STDOUT_FILENO
            case "/dev/stderr": return STDERR_FILENO
            default:
                for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                    if let number = Int32(path.dropFirst(prefix.count)), fcntl(number, F_GETFD) >= 0 { return number }
                }
                return nil
            }
        }

        init(_ requested: String, sparing databases: [String]) throws {
            path = requested
            folder = "."
            if let descriptor = Self.descriptor(named: requested) {
                kind = .descriptor(descriptor)
                return
            }
            var info = stat()
            if stat(path, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFCHR, S_IFIFO, S_IFSOCK:
                    kind = .stream
                case S_IFREG:
                    kind = .regularFile(exists: true)
                    // Replace the file a link points to, not the link.
                    var link = stat()
                    if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, let target = realpath(path, nil) {
                        path = String(cString: target)
                        free(target)
                    }
                case S_IFDIR:
                    throw BuyInError.cannotWriteFile(path: requested, reason: .system(EISDIR))
                default:
                    throw BuyInError.cannotWriteFile(path: requested, reason: .system(EINVAL))
                }
            } else {
                var link = stat()
                if lstat(path, &link) == 0 {
                    // A link to nothing: writing would create a file wherever it points.
                    throw BuyInError.cannotWriteFile(path: requested, reason: .system(ENOENT))
                }
                kind = .regularFile(exists: false)
            }
            folder = FilePath(path).folder
            if case .regularFile = kind, DatabaseFile.isAmong(databases, path) { throw BuyInError.outputIsDatabase(requested) }
        }

        var isStream: Bool {
            if case .regularFile = kind { return false }
            return true
        }
    }

    /// Copies a finished temporary file into a stream (a device, a pipe, a terminal).
    /// A piece at a time: a document as large as an export of the whole record is never held.
    static func copy(_ source: String, into output: Int32, naming path: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw BuyInError.cannotWriteFile(path: path, reason: .system(errno)) }
        defer { close(input) }
        var piece = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = piece.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw BuyInError.cannotWriteFile(path: path, reason: .system(errno))
            }
            if count == 0 { return }
            try piece.withUnsafeBufferPointer { try writeAll(UnsafeBufferPointer(rebasing: $0[..<count]), to: output, naming: path) }
        }
    }

    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, naming path: String) throws {
        if let failure = writeAll(bytes, to: descriptor) {
            throw BuyInError.cannotWriteFile(path: path, reason: .system(failure))
        }
    }

    /// write(2) until every byte is out, resuming after partial writes and signals; the error
    /// number of a failure, nil when all was written.
    public static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            remaining -= written
        }
        return nil
    }
}
