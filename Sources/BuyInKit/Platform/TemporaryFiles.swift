#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Temporary files that may hold private text (a backup being written, an editor draft). They are
/// removed when the work ends, when the process is told to stop (SIGTERM, SIGHUP, SIGINT) or its
/// reader goes away (SIGPIPE), and —
/// for a process killed outright — by the next run that writes the same kind of file.
public enum TemporaryFiles {
    /// Paths as C strings in fixed slots, so that the signal handler reads them without
    /// allocating or taking a lock (neither is safe inside a handler). Global: a signal handler
    /// takes no parameters.
    private static let capacity = 8
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    /// Removes `path` if the process is stopped by a signal while `work` runs, and always after.
    public static func removing<T>(_ path: String, _ work: () throws -> T) rethrows -> T {
        let slot = track(path)
        defer {
            unlink(path)
            untrack(slot)
        }
        return try work()
    }

    private static func track(_ path: String) -> Int? {
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return index
        }
        return nil
    }

    private static func untrack(_ slot: Int?) {
        guard let slot, let path = slots[slot] else { return }
        slots[slot] = nil
        free(path)
    }

    /// The process group of a helper program buyin waits for (Chromium printing a PDF), or 0:
    /// stopped with buyin, so that no helper outlives the run that started it. Global, as the
    /// slots are, for the signal handler.
    nonisolated(unsafe) static var childGroup: pid_t = 0

    /// Installs the clean-up for the signals that ask a process to stop; after it, the signal's
    /// default action ends the process as it would have.
    public static func cleanUpOnSignals() {
        // A parent may have started buyin with these blocked (a thread pool's threads block
        // them, and the mask is inherited): unblocked, so that a stop asked for is a stop.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGPIPE] { sigaddset(&wanted, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGPIPE] {
            signal(signalNumber) { received in
                if TemporaryFiles.childGroup > 0 { kill(-TemporaryFiles.childGroup, SIGKILL) }
                for index in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[index] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Removes files in `folder` whose name is `prefix` + a process id + `suffix` + anything, left
    /// by a run of ours that was killed before it could clean up (its process is gone).
    public static func sweep(folder: String, prefix: String, suffix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let end = rest.range(of: suffix) else { continue }
            guard let pid = Int32(rest[..<end.lowerBound]), !ProcessLiveness.isRunning(pid) else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_uid == geteuid() else { continue }
            if info.st_mode & S_IFMT == S_IFREG { unlink(path) }
            // A browser's profile folder, left by a print that was killed.
            if info.st_mode & S_IFMT == S_IFDIR { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    /// `$TMPDIR/buyin-UID`: an owner-only folder for editor drafts and output staged on its way
    /// to a stream. A folder of that name that is not ours alone is refused, not used.
    public static func privateFolder() throws -> String {
        var base = NSTemporaryDirectory()
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        let folder = "\(base)/buyin-\(geteuid())"
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw BuyInError.cannotWriteFile(path: folder, reason: .system(errno))
        }
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid(), info.st_mode & 0o077 == 0 else {
            throw BuyInError.sharedFolder(path: folder + "/")
        }
        return folder
    }
}

/// Whether a process that left a file behind still runs.
enum ProcessLiveness {
    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
