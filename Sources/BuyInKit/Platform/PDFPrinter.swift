import Foundation

/// Prints the HTML pre-read to PDF with a headless Chromium (Debian's `chromium`): the page's
/// own print styles decide the paper, margins, page numbers and confidentiality line.
public enum PDFPrinter {
    /// Where Chromium is looked for: `BUYIN_CHROMIUM`, else these names on `PATH`.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

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

    /// Writes `html` as a PDF at `output` (replaced only with `overwrite`, as every document).
    /// The page and Chromium's profile live in buyin's owner-only temporary folder and are removed.
    public static func print(html: String, to output: String, overwrite: Bool, environment: [String: String] = ProcessEnvironment.current) throws {
        guard let browser = try browser(environment) else { throw BuyInError.browserMissing }
        let folder = try TemporaryFiles.privateFolder()
        let stem = "\(folder)/print-\(getpid())"
        let page = stem + ".html", pdf = stem + ".pdf", profile = stem + "-profile"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        try TemporaryFiles.removing(page) {
            try TemporaryFiles.removing(pdf) {
                try DocumentWriter.write(html, to: page, overwrite: true)
                var arguments = ["--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                                 "--user-data-dir=\(profile)", "--print-to-pdf=\(pdf)", "file://\(page)"]
                // Chromium's sandbox refuses to start as root (a container, CI); the page is ours and has no script.
                if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
                let said = try run(browser, arguments)
                guard let data = FileManager.default.contents(atPath: pdf), data.starts(with: Array("%PDF".utf8)) else {
                    throw BuyInError.printFailed(said)
                }
                try DocumentWriter.replace(output, overwrite: overwrite) { temporary in
                    guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
                        throw BuyInError.cannotWriteFile(path: output, reason: .system(errno))
                    }
                }
            }
        }
    }

    /// Runs Chromium to its end; returns the first line it wrote on standard error, for a failure's message.
    static func run(_ browser: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw BuyInError.browserMissing }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: said, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.first { !$0.isEmpty && !$0.contains("bytes written to file") } ?? "exit \(process.terminationStatus)"
    }
}
