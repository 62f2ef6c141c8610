import Mustache

/// The forms a prep sheet is read in: on the terminal, or printed from Markdown or HTML.
public enum PrepFormat: String, CaseIterable, Sendable {
    case text, markdown, html

    /// Reads `text`, `markdown`/`md`, `html`/`htm`, in any case.
    public init?(word: String) {
        switch word.trimmed.lowercased() {
        case "text", "txt": self = .text
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }

    var templateFile: String {
        switch self {
        case .text: return "templates/prep.txt.mustache"
        case .markdown: return "templates/prep.md.mustache"
        case .html: return "templates/prep.html.mustache"
        }
    }
}

/// Writes a prep sheet with the bundled templates (`Resources/templates/prep.*.mustache`),
/// each escaping a person's text for its format.
public enum PrepRenderer {
    public static func render(_ sheet: PrepSheet, format: PrepFormat, _ l: Localizer) throws -> String {
        _ = BriefRenderer.registerContentTypes
        let source = String(decoding: try ResourceLocator.contents(format.templateFile), as: UTF8.self)
        let template = try MustacheTemplate(string: source)
        let budget = RenderBudget()
        let document = withExtendedLifetime(budget) { template.render(PrepView.make(sheet, l, budget)) }
        return ActiveText.droppedFromDocument(document)
    }
}
