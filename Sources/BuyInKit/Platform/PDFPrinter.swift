#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Prints the HTML pre-read to PDF with a headless Chromium (Debian's `chromium`): the page's
/// own print styles decide the paper, margins, page numbers and confidentiality line.
///
/// Chromium is a program buyin does not control, so its run is bounded: it gets
/// `BUYIN_PRINT_TIMEOUT` seconds (60 by default) and is then stopped with its whole process
/// group; it is stopped too if buyin is; at most `saidLimit` bytes of what it writes on standard
/// error are kept; a PDF counts only if Chromium exited with 0 and the file is whole (`%PDF` at
/// its start, `%%EOF` at its end).
public enum PDFPrinter {
    /// Where Chromium is looked for: `BUYIN_CHROMIUM`, else these names on `PATH`.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    static let defaultTimeout = 60
    static let saidLimit = 64 * 1024

    public static func browser(_ environment: [String: String] = ProcessEnvironment.current) throws -> String? {
        if let chosen = environment["BUYIN_CHROMIUM"], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else { throw BuyInError.browserNotFound(chosen) }
            return chosen
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// The seconds Chromium is given: `BUYIN_PRINT_TIMEOUT` when it is a whole number of at least 1.
    static func timeout(_ environment: [String: String]) -> Int {
        environment["BUYIN_PRINT_TIMEOUT"].flatMap { Int($0.trimmed) }.flatMap { $0 >= 1 ? $0 : nil } ?? defaultTimeout
    }

    /// Writes `html` as a PDF at `output` (replaced only with `overwrite`, as every document).
    /// The page and Chromium's profile live in buyin's owner-only temporary folder and are removed;
    /// those of a print that was killed are removed by the next one.
    public static func print(html: String, to output: String, overwrite: Bool, sparing databases: [String],
                             environment: [String: String] = ProcessEnvironment.current) throws {
        guard let browser = try browser(environment) else { throw BuyInError.browserMissing }
        let folder = try TemporaryFiles.privateFolder()
        TemporaryFiles.sweep(folder: folder, prefix: "print-", suffix: ".")
        TemporaryFiles.sweep(folder: folder, prefix: "print-", suffix: "-profile")
        let stem = "\(folder)/print-\(getpid())"
        let page = stem + ".html", pdf = stem + ".pdf", profile = stem + "-profile"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        try TemporaryFiles.removing(page) {
            try TemporaryFiles.removing(pdf) {
                try DocumentWriter.write(html, to: page, overwrite: true, sparing: [])
                // A file URL with its path percent-encoded: a `#` or `%` in TMPDIR is part of the path.
                var arguments = ["--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                                 "--user-data-dir=\(profile)", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString]
                // Chromium's sandbox refuses to start as root (a container, CI); the page is ours and has no script.
                if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
                // Chromium's own temporary files go to /tmp: it puts a socket there, whose path
                // must stay under 108 bytes, which a long TMPDIR (a test's, macOS's) exceeds.
                var childEnvironment = environment
                childEnvironment["TMPDIR"] = "/tmp"
                let (status, said) = try run(browser, arguments, environment: childEnvironment, seconds: timeout(environment))
                guard status == 0, let data = FileManager.default.contents(atPath: pdf), isWholePDF(data) else {
                    throw BuyInError.printFailed(status == 0 ? said : "\(said) (exit \(status))")
                }
                try DocumentWriter.replace(output, overwrite: overwrite, sparing: databases) { temporary in
                    guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
                        throw BuyInError.cannotWriteFile(path: output, reason: .system(errno))
                    }
                }
            }
        }
    }

    /// `%PDF` first and `%%EOF` last (before trailing line ends): a PDF cut short has no end marker.
    static func isWholePDF(_ data: Data) -> Bool {
        guard data.starts(with: Array("%PDF".utf8)) else { return false }
        let tail = data.suffix(64)
        let trimmed = tail.reversed().drop { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }
        return Array(trimmed.prefix(5).reversed()) == Array("%%EOF".utf8)
    }

    /// Runs Chromium in a process group of its own, for at most `seconds`; returns its exit
    /// status (128 + the signal if one ended it) and the first line it wrote on standard error.
    static func run(_ browser: String, _ arguments: [String], environment: [String: String], seconds: Int) throws -> (Int32, String) {
        var errors: [Int32] = [0, 0]
        guard pipe(&errors) == 0 else { throw BuyInError.printFailed(String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        posix_spawn_file_actions_addclose(&actions, errors[0])
        posix_spawn_file_actions_addclose(&actions, errors[1])
        // Its own process group: Chromium starts helpers of its own, stopped with it. And no
        // signal blocked or ignored that buyin's parent left: Chromium aborts without them.
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let argv = ([browser] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let spawned = posix_spawn(&pid, browser, &actions, &attributes, argv, envp)
        close(errors[1])
        guard spawned == 0 else {
            close(errors[0])
            throw BuyInError.browserMissing
        }
        TemporaryFiles.childGroup = pid
        defer { TemporaryFiles.childGroup = 0 }

        var said: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let deadline = Date().addingTimeInterval(Double(seconds))
        // Read until Chromium itself has ended, not until its error stream closes: a helper it
        // started may keep that stream open after the PDF is written.
        var status: Int32 = 0
        var ended = false, open = true
        while !ended {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 {
                kill(-pid, SIGKILL)
                close(errors[0])
                waitpid(pid, &status, 0)
                throw BuyInError.printTimedOut(seconds: seconds)
            }
            var watched = pollfd(fd: errors[0], events: Int16(POLLIN), revents: 0)
            if open && poll(&watched, 1, Int32(min(left, 0.05) * 1000)) > 0 {
                let count = read(errors[0], &buffer, buffer.count)
                // Kept up to a limit, read to the end: a child that floods its output must not
                // fill buyin's memory, nor block on a full pipe.
                if count > 0 && said.count < saidLimit { said.append(contentsOf: buffer[0..<min(count, saidLimit - said.count)]) }
                if count == 0 { open = false }
            } else if !open {
                usleep(10_000)
            }
            let waited = waitpid(pid, &status, WNOHANG)
            ended = waited == pid || (waited < 0 && errno != EINTR)
        }
        // Chromium has ended: its helpers go with it, then what it wrote last is read.
        kill(-pid, SIGKILL)
        _ = fcntl(errors[0], F_SETFL, fcntl(errors[0], F_GETFL) | O_NONBLOCK)
        while said.count < saidLimit {
            let count = read(errors[0], &buffer, buffer.count)
            guard count > 0 else { break }
            said.append(contentsOf: buffer[0..<min(count, saidLimit - said.count)])
        }
        close(errors[0])
        let exit: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let lines = String(decoding: said, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let first = lines.first { !$0.isEmpty && !$0.contains("bytes written to file") }.map { String($0.prefix(300)) }
        return (exit, first ?? "exit \(exit)")
    }
}
