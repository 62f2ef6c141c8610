import BuyInKit
import Foundation

/// Lets a person write long text in `$VISUAL` / `$EDITOR`, as `git commit` does: a form with one
/// `[field]` heading per answer, comment lines starting with `#`, read back when the editor closes.
struct EditorSession {
    let l: Localizer

    /// A field of the form: its stable id, the question shown beside it, its current text.
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
            text += "\n[\(field.id)] \(field.question)\n\(field.value)\n"
        }
        let folder = FileManager.default.temporaryDirectory
        let file = folder.appendingPathComponent("buyin-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw BuyInError.cannotWriteFile(path: file.path, reason: String(cString: strerror(errno)))
        }
        defer { try? FileManager.default.removeItem(at: file) }

        let environment = ProcessEnvironment.current
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmed.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "buyin-editor", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw BuyInError.editorFailed(editor)
        }
        guard process.terminationStatus == 0 else { throw BuyInError.editorFailed(editor) }
        let written = try String(contentsOf: file, encoding: .utf8)
        return Self.parse(written, ids: fields.map(\.id))
    }

    /// Reads the answers back; text before the first heading and `#` lines are ignored.
    static func parse(_ text: String, ids: [String]) -> [String: String]? {
        var answers: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                let id = String(line[line.index(after: line.startIndex)..<close])
                if ids.contains(id) {
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
