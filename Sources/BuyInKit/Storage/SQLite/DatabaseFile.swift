import Foundation

/// The database file on disk, before SQLite opens it: whether it is there, whether it is safe to
/// put private notes in, and how a new one comes into being — whole, or not at all.
public struct DatabaseFile {
    let path: String
    let folder: String
    /// Set by `BUYIN_ALLOW_SHARED=1`: use a file in a folder other users can write, or a file
    /// that belongs to someone else, when the person knows why.
    let allowsShared: Bool

    /// What is at the path now.
    enum State {
        /// No file: a command that writes creates one; a command that only reads says so.
        case missing
        /// A file of zero bytes: what an interrupted first run of an older buyin left. It holds
        /// nothing, so a command that writes makes it a database.
        case empty
        /// A file with content; `ownerMayWrite` is false when its owner made it or its folder read-only.
        case present(ownerMayWrite: Bool)
    }

    /// The side files SQLite keeps beside a database.
    static let sideSuffixes = ["-wal", "-shm", "-journal"]

    /// Removes a database file with its journal and shared-memory files.
    public static func remove(_ path: String) {
        for suffix in [""] + sideSuffixes { unlink(path + suffix) }
    }

    init(path: String, allowsShared: Bool) {
        self.path = path
        folder = FilePath(path).folder
        self.allowsShared = allowsShared
    }

    /// Looks at the folder and the file, creating the folder (owner-only) when `creating`.
    /// Refuses what is not a regular file, a file that is not SQLite, and — unless allowed — a
    /// file another user owns or a folder another user can write.
    /// Plain stat(2) rather than FileManager: its attributes also look up the owner's and
    /// group's names, a trip through the system's user database on every command.
    func inspect(creating: Bool) throws -> State {
        var folderInfo = stat()
        if stat(folder, &folderInfo) != 0 {
            let missing = errno
            guard missing == ENOENT, creating else {
                if missing == ENOENT { throw BuyInError.noDatabase(path: path) }
                throw BuyInError.cannotCreateDatabase(path: path, reason: .system(missing))
            }
            try Self.makeFolder(folder, for: path)
            guard stat(folder, &folderInfo) == 0 else {
                throw BuyInError.cannotCreateDatabase(path: path, reason: .system(errno))
            }
        }
        guard folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw BuyInError.cannotCreateDatabase(path: path, reason: .system(ENOTDIR))
        }
        if !allowsShared && Self.othersMayWrite(folderInfo) {
            // A folder that is not ours (or is sticky, as /tmp is) is not ours to chmod.
            let isSystemFolder = folderInfo.st_uid != geteuid() || folderInfo.st_mode & S_ISVTX != 0
            throw isSystemFolder ? BuyInError.sharedSystemFolder(path: path) : BuyInError.sharedFolder(path: path)
        }
        let ownerMayWriteFolder = folderInfo.st_mode & S_IWUSR != 0

        var info = stat()
        guard stat(path, &info) == 0 else {
            let missing = errno
            guard missing == ENOENT else { throw BuyInError.cannotCreateDatabase(path: path, reason: .system(missing)) }
            if creating && !ownerMayWriteFolder {
                throw BuyInError.cannotCreateDatabase(path: path, reason: .system(EACCES))
            }
            return .missing
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw BuyInError.notADatabase(path: path) }
        if !allowsShared && info.st_uid != geteuid() { throw BuyInError.foreignOwner(path: path) }
        guard access(path, R_OK) == 0 else { throw BuyInError.readOnlyDatabase(path: path) }
        if info.st_mode & 0o077 != 0 { tightenPermissions() }
        if info.st_size == 0 { return .empty }
        // SQLite would take a short file for a new database and write over it: look first.
        guard Self.hasSQLiteHeader(path) else { throw BuyInError.notADatabase(path: path) }
        return .present(ownerMayWrite: info.st_mode & S_IWUSR != 0 && ownerMayWriteFolder)
    }

    /// Makes the file and the side files SQLite made beside it owner-only (they inherit the
    /// file's mode, so a file once readable by others has readable logs too).
    private func tightenPermissions() {
        for candidate in [path] + Self.sideSuffixes.map({ path + $0 }) {
            var info = stat()
            if stat(candidate, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 {
                chmod(candidate, info.st_mode & 0o700)
            }
        }
    }

    /// Another user could add, swap or remove files here. A folder writable by the owner's own
    /// group is fine when that group is the owner's primary one (Debian's private groups).
    static func othersMayWrite(_ info: stat) -> Bool {
        info.st_mode & S_IWOTH != 0 || (info.st_mode & S_IWGRP != 0 && info.st_gid != getegid())
    }

    static func hasSQLiteHeader(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &header, 16)
        return count == 16 && header == Array("SQLite format 3\0".utf8)
    }

    /// Creates the folder and any missing parents, owner-only, naming the path that failed.
    static func makeFolder(_ folder: String, for path: String) throws {
        var built = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o700) != 0 && errno != EEXIST {
                throw BuyInError.cannotCreateDatabase(path: path, reason: .system(errno))
            }
        }
    }

    /// Brings a new database into being all at once: `make` builds it under a temporary name in
    /// the same folder, which is then linked to the real name. Whatever happens, the real name
    /// holds either nothing or a whole database, and a run killed half-way is never mistaken
    /// for a foreign file. Several processes creating it at once: the first link wins, the
    /// others find it made. An empty file left by an older buyin is replaced the same way.
    func create(_ make: (_ temporary: String) throws -> Void) throws {
        try withFolderLock {
            var info = stat()
            let exists = stat(path, &info) == 0
            if exists && info.st_size > 0 { return }
            sweepAbandonedCreations()
            let temporary = "\(folder)/.\(FilePath(path).name).\(getpid()).creating"
            unlink(temporary)
            defer { unlink(temporary) }
            do {
                try make(temporary)
            } catch let error as BuyInError {
                throw error
            } catch {
                throw BuyInError.cannotCreateDatabase(path: path, reason: .text(String(describing: error)))
            }
            // Logs left by a database that is gone (removed by hand, or the empty file) would be
            // replayed into the new one: they go first. No one else uses them, under the lock.
            for suffix in Self.sideSuffixes { unlink(path + suffix) }
            let placed = exists ? rename(temporary, path) : link(temporary, path)
            if placed != 0 && errno != EEXIST {
                throw BuyInError.cannotCreateDatabase(path: path, reason: .system(errno))
            }
        }
    }

    /// Holds an exclusive lock on the folder while creating, so that checking for the file,
    /// clearing stale logs and placing the new file happen as one step among buyin processes.
    private func withFolderLock(_ work: () throws -> Void) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BuyInError.cannotCreateDatabase(path: path, reason: .system(errno)) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        try work()
    }

    /// Temporary databases of runs killed while creating one (a schema and nothing else).
    private func sweepAbandonedCreations() {
        let prefix = "." + FilePath(path).name + "."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".creating") {
            let pid = name.dropFirst(prefix.count).dropLast(".creating".count)
            if let pid = Int32(pid), !ProcessLiveness.isRunning(pid) {
                let stale = folder + "/" + name
                Self.remove(stale)
            }
        }
    }
}

extension DatabaseFile {
    /// Whether `path` is, or would become, one of `databases` or one of its logs: the same
    /// file, or the same name once links and relative folders are resolved.
    static func isAmong(_ databases: [String], _ path: String) -> Bool {
        var target = stat()
        let targetExists = stat(path, &target) == 0
        let targetName = canonical(path)
        for database in databases {
            for candidate in [database] + sideSuffixes.map({ database + $0 }) {
                var info = stat()
                if targetExists, stat(candidate, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino { return true }
                if let targetName, targetName == canonical(candidate) { return true }
            }
        }
        return false
    }

    /// The path with its folder resolved (links, `..`), the name kept: comparable whether or
    /// not the file exists yet.
    private static func canonical(_ path: String) -> String? {
        let parts = FilePath(path)
        guard let resolved = realpath(parts.folder, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + parts.name
    }
}
