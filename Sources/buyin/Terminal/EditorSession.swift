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

    /// Returns what `read` makes of the answers (by field id), or nil when the person emptied the
    /// file to cancel. When `read` rejects a field (a bad date), the error is shown and the
    /// editor reopens on the person's own draft with the error on top, as `git commit` keeps a
    /// message: nothing typed is lost. A draft saved again unchanged gives up with that error.
    func edit<Answer>(title: String, fields: [Field], read: ([String: String]) throws -> Answer) throws -> Answer? {
        var text = "# \(title)\n"
        for line in l.text("editor.instructions").split(separator: "\n", omittingEmptySubsequences: false) {
            text += "# \(line)\n"
        }
        for field in fields {
            text += "\n[\(heading(field.id))] \(field.question)\n\(field.value)\n"
        }
        let headings = Dictionary(fields.flatMap { [(heading($0.id), $0.id), ($0.id, $0.id)] }) { first, _ in first }
        // Drafts hold private notes: an owner-only folder, cleared of drafts left by killed runs.
        let folder = try TemporaryFiles.privateFolder()
        TemporaryFiles.sweep(folder: folder, prefix: "draft-", suffix: "-")
        let file = "\(folder)/draft-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        return try TemporaryFiles.removing(file) {
            var offered = text
            var isRetry = false
            while true {
                try DocumentWriter.write(offered, to: file, overwrite: isRetry, sparing: [])
                try Self.runEditor(on: file)
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw BuyInError.cannotWriteFile(path: file, reason: .system(errno))
                }
                guard let written = String(validating: data, as: UTF8.self) else { throw BuyInError.editorEncoding(path: file) }
                guard let answers = Self.parse(written, headings: headings) else { return nil }
                do {
                    return try read(answers)
                } catch let error as BuyInError where !(isRetry && written == offered) {
                    Console.error(error.message(l))
                    let draft = written.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(Self.rejectionMark) }
                    offered = "\(Self.rejectionMark) \(error.message(l))\n" + draft.joined(separator: "\n")
                    isRetry = true
                }
            }
        }
    }

    /// Starts the line that says why the draft came back: removed from the next round's draft.
    static let rejectionMark = "# !"

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
