import BuyInKit
import Foundation

/// Lets a person write long text in `$VISUAL` / `$EDITOR`, as `git commit` does: a form with one
/// `[field]` heading per answer, comment lines starting with `#`, read back when the editor closes.
struct EditorSession {
    let l: Localizer

    /// A field of the form: its stable id (its heading is `form.<id>`, in the reader's language),
    /// the question shown beside it, its current text.
    struct Field {
        var id: String
        var question: String
        var value: String
    }

    /// Returns the answers by field id, or nil when the person emptied the file to cancel.
    func edit(title: String, fields: [Field]) throws -> [String: String]? {
        var text = "# \(title)\n"
        for line in l.text("editor.instructions").split(separator: "\n", omittingEmptySubsequences: false) {
            text += "# \(line)\n"
        }
        for field in fields {
            text += "\n[\(heading(field.id))] \(field.question)\n\(field.value)\n"
        }
        // Drafts hold private notes: an owner-only folder, cleared of drafts left by killed runs.
        let folder = try TemporaryFiles.privateFolder()
        TemporaryFiles.sweep(folder: folder, prefix: "draft-", suffix: "-")
        let file = "\(folder)/draft-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        let written: String = try TemporaryFiles.removing(file) {
            try DocumentWriter.write(text, to: file, overwrite: false)
            try Self.runEditor(on: file)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw BuyInError.cannotWriteFile(path: file, reason: .system(errno))
            }
            guard let written = String(validating: data, as: UTF8.self) else { throw BuyInError.editorEncoding(path: file) }
            return written
        }
        return Self.parse(written, headings: Dictionary(fields.flatMap { [(heading($0.id), $0.id), ($0.id, $0.id)] }) { first, _ in first })
    }

    /// A field's heading in the reader's language (`[pourquoi]`, `[why]`).
    func heading(_ id: String) -> String { l.has("form.\(id)") ? l.text("form.\(id)") : id }

    /// Runs `$VISUAL` / `$EDITOR` on the file and waits. As `git` does, buyin ignores Ctrl-C
    /// while the editor runs: the editor handles it, and buyin must stay to read the draft.
    static func runEditor(on file: String) throws {
        let environment = ProcessEnvironment.current
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmed.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "buyin-editor", file]
        let interrupt = signal(SIGINT, SIG_IGN), quit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, interrupt)
            signal(SIGQUIT, quit)
        }
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw BuyInError.editorFailed(editor)
        }
        guard process.terminationStatus == 0 else { throw BuyInError.editorFailed(editor) }
    }

    /// Reads the answers back by field id; a heading may be the reader's word or the stable id.
    /// Text before the first heading and `#` lines are ignored.
    static func parse(_ text: String, headings: [String: String]) -> [String: String]? {
        var answers: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                let heading = String(line[line.index(after: line.startIndex)..<close])
                if let id = headings[heading] {
                    current = id
                    answers[id] = []
                    continue
                }
            }
            if let current { answers[current, default: []].append(String(line)) }
        }
        guard !answers.isEmpty else { return nil }
        return answers.mapValues { $0.joined(separator: "\n").trimmed }
    }
}
