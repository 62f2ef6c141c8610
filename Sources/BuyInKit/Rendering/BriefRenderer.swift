import Foundation
import Mustache

/// The formats the pre-read comes in.
public enum BriefFormat: String, CaseIterable, Sendable {
    case markdown, html, json

    /// Reads `markdown`/`md`, `html`/`htm`, `json`.
    public init(word: String) throws {
        switch word.trimmed.lowercased() {
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        default: throw BuyInError.invalidFormat(word)
        }
    }

    var contentType: String { self == .html ? "HTML" : "MARKDOWN" }
}

/// Turns a briefing into a document with swift-mustache: the bundled templates under
/// `Resources/templates/`, or the user's own with the same data.
public enum BriefRenderer {
    /// Registered once: the Markdown escaping used by `{{% CONTENT_TYPE: MARKDOWN }}`.
    private static let registerMarkdown: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: "MARKDOWN")
    }()

    public static func render(_ briefing: Briefing, format: BriefFormat, localizer: Localizer, templatePath: String? = nil) throws -> String {
        if format == .json && templatePath == nil { return try json(briefing) }
        _ = registerMarkdown
        let (source, name, addedLines) = try templateSource(format: format, path: templatePath)
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            throw BuyInError.templateSyntax(path: name, line: max(1, error.context.lineNumber - addedLines),
                                            reason: localizer.text("template.\(String(describing: error.error))"))
        }
        return template.render(BriefView.make(briefing, localizer))
    }

    /// The template text, the name to report in errors, and how many lines we put before the user's.
    static func templateSource(format: BriefFormat, path: String?) throws -> (String, String, Int) {
        guard let path else {
            let file = try ResourceLocator.file("templates/brief.\(format == .html ? "html" : "md").mustache")
            return (try String(contentsOf: file, encoding: .utf8), file.lastPathComponent, 0)
        }
        guard FileManager.default.fileExists(atPath: path) else { throw BuyInError.fileNotFound(path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BuyInError.ioError(path: path, reason: "UTF-8")
        }
        // A user's Markdown template gets Markdown escaping unless it chose its own content type.
        if format != .html && !text.contains("CONTENT_TYPE") {
            return ("{{% CONTENT_TYPE: MARKDOWN }}\n" + text, path, 1)
        }
        return (text, path, 0)
    }

    public static func json(_ briefing: Briefing) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(briefing), as: UTF8.self) + "\n"
    }
}
