import Foundation
import Mustache

/// The formats the pre-read comes in.
public enum BriefFormat: String, CaseIterable, Sendable {
    /// `pdf` is the HTML pre-read printed by a headless Chromium (`PDFPrinter`); `email` the
    /// outcome-first summary as a message (`EmailSummary`).
    /// `docx` is a Word document (`WordDocument`), bytes rather than text.
    case markdown, html, json, pdf, email, docx

    /// Reads `markdown`/`md`, `html`/`htm`, `json`, `pdf`, in any case.
    public init?(word: String) {
        switch word.trimmed.lowercased() {
        case "markdown", "md": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "pdf": self = .pdf
        case "email", "eml", "mail", "courriel": self = .email
        case "docx", "word": self = .docx
        default: return nil
        }
    }

    /// How a user's template of this format escapes values: JSON's `--template` writes plain text.
    var contentType: String {
        switch self {
        case .html, .pdf: return "HTML"
        case .markdown: return "MARKDOWN"
        case .json, .email: return "TEXT"
        case .docx: return "WORDML"
        }
    }
}

/// Turns a briefing into a document with swift-mustache: the bundled templates under
/// `Resources/templates/`, or the user's own with the same data.
public enum BriefRenderer {
    /// Registered once: our escaping for `{{% CONTENT_TYPE: MARKDOWN }}`, `HTML` and `WORDML`, and
    /// `PLAIN_HTML` for the parts of a page where markup does not draw (SVG pictures, `<title>`).
    /// The types of the view, told with their conformances (`knownTypes`), too.
    static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownEscaping(), named: "MARKDOWN")
        MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
        MustacheContentTypes.register(HTMLEscaping(superscriptsOrdinals: false), named: "PLAIN_HTML")
        MustacheContentTypes.register(WordEscaping(), named: "WORDML")
        MustacheKnownType.register(knownTypes)
    }()

    /// The types a pre-read's or prep sheet's view is made of, with their conformances to the
    /// renderer's protocols: told up front, they cost no search of the program's conformances
    /// (twelve searches, ~3 M instructions, per rendering). A test checks them against the runtime.
    static let knownTypes: [MustacheKnownType] = [
        MustacheKnownType(BriefNode.self, parent: BriefNode.self, renderable: BriefNode.self),
        MustacheKnownType(BriefText.self, parent: BriefText.self, renderable: BriefText.self),
        MustacheKnownType(BriefRow.self, parent: BriefRow.self, renderable: BriefRow.self),
        MustacheKnownType(BriefList.self, renderable: BriefList.self, sequence: BriefList.self),
        MustacheKnownType(Bool.self),
    ]

    /// The pre-read as a Word document's bytes; `paper` is `A4` or `letter`.
    public static func word(_ briefing: Briefing, localizer: Localizer, paper: String?) throws -> Data {
        let (body, images) = try document(briefing, format: .docx, localizer: localizer, templatePath: nil, paper: paper)
        return try WordDocument.package(body: String(decoding: body, as: UTF8.self), briefing: briefing, images: images, localizer)
    }

    /// `paper` is the printed page's CSS size (`A4`, `letter`); the browser's own when nil.
    public static func render(_ briefing: Briefing, format: BriefFormat, localizer: Localizer, templatePath: String? = nil,
                              paper: String? = nil) throws -> String {
        if let whole = try builtWhole(briefing, format: format, localizer: localizer, templatePath: templatePath) { return whole }
        return String(decoding: try document(briefing, format: format, localizer: localizer, templatePath: templatePath, paper: paper).utf8,
                      as: UTF8.self)
    }

    /// The same document as `render`, as UTF-8 bytes, for the command line to write out as they
    /// are: a `String` of the whole pre-read checked and copied each of its bytes once more
    /// (callgrind: 2.5 M instructions and ~90 pages of memory for a 1,000-meeting HTML pre-read).
    public static func renderUTF8(_ briefing: Briefing, format: BriefFormat, localizer: Localizer, templatePath: String? = nil,
                                  paper: String? = nil) throws -> [UInt8] {
        if let whole = try builtWhole(briefing, format: format, localizer: localizer, templatePath: templatePath) { return Array(whole.utf8) }
        return try document(briefing, format: format, localizer: localizer, templatePath: templatePath, paper: paper).utf8
    }

    /// The formats buyin writes without a template (JSON, the e-mail text), nil for the others.
    private static func builtWhole(_ briefing: Briefing, format: BriefFormat, localizer: Localizer, templatePath: String?) throws -> String? {
        guard templatePath == nil else { return nil }
        switch format {
        case .json: return try json(briefing)
        case .email: return EmailSummary(briefing, attached: false, localizer).text(localizer)
        default: return nil
        }
    }

    /// The rendered document, and for Word the pictures it embeds.
    static func document(_ briefing: Briefing, format: BriefFormat, localizer: Localizer, templatePath: String?,
                         paper: String?) throws -> (utf8: [UInt8], images: [WordDocument.Image]) {
        _ = registerContentTypes
        let (source, name, addedLines) = try templateSource(format: format, path: templatePath)
        if templatePath != nil && TemplateNesting.depth(of: source) > TemplateNesting.limit {
            throw BuyInError.templateTooComplex(path: name)
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            throw BuyInError.templateSyntax(path: name, line: max(1, error.context.lineNumber - addedLines),
                                            reason: localizer.text("template.\(String(describing: error.error))"))
        }
        let budget = RenderBudget()
        var view = BriefView.make(briefing, localizer, budget)
        // The stylesheet is data, not template: as `{{{css}}}` it costs nothing to parse.
        if format == .html || format == .pdf {
            view["css"] = String(decoding: try ResourceLocator.contents("templates/brief.css"), as: UTF8.self)
            view["confidentialCSS"] = cssString(localizer.text("brief.confidential"))
        }
        view["paper"] = paper ?? "auto"
        if format == .docx {
            let page = WordDocument.pageSize(paper: paper)
            view["pageWidth"] = String(page.width)
            view["pageHeight"] = String(page.height)
        }
        budget.reset()
        for (name, file) in parts(of: format) {
            let part = try MustacheTemplate(string: String(decoding: try ResourceLocator.contents("templates/" + file), as: UTF8.self)).render(view)
            // The page prints a part on a line of its own (`{{#pageOne}}` / `{{{.}}}`), whose line
            // break ends the part's last line; a part with nothing to say leaves no blank line.
            // (The last character dropped by stepping back one: `dropLast()` counted every
            // character of the part from its start, 2.6 M instructions for the HTML parts.)
            view[name] = part.allSatisfy(\.isWhitespace) ? "" : part.hasSuffix("\n") ? String(part[..<part.index(before: part.endIndex)]) : part
        }
        var images: [WordDocument.Image] = []
        if format == .docx {
            // Word draws the HTML pre-read's own pictures, each as its SVG with a PNG beside it.
            let pictures = WordPictures.pictures(inHTML: [view["pictures"], view["trends"]].map { ($0 as? BriefText)?.text ?? "" })
            let drawn = try WordPictures.drawings(pictures)
            view["pictures"] = drawn.xml
            images = drawn.images
        }
        budget.reset(templateLength: templatePath == nil ? nil : source.utf8.count)
        let document = template.renderUTF8(view)
        KeptUntilExit.keep((view, template, briefing))
        if budget.isExhausted { throw BuyInError.templateTooComplex(path: name) }
        // A person's text may hold characters that act rather than show (`ActiveText`); a
        // user's template may print it unescaped with `{{{…}}}`: the document as a whole drops them.
        return (ActiveText.droppedFromDocument(document), images)
    }

    /// Parts of the bundled pre-read kept in templates of their own, rendered first and handed
    /// to the page (and to a user's template) as data: `{{{pageOne}}}`, `{{{pictures}}}`.
    /// (They were split out first because swift-mustache's parser cost the square of a
    /// template's length; the patch in Vendor/swift-mustache makes it linear. They stay apart
    /// because a user's own template prints them whole.)
    static func parts(of format: BriefFormat) -> [(name: String, file: String)] {
        switch format {
        case .html, .pdf: return [("pageOne", "brief.page-one.html.mustache"), ("pictures", "brief.pictures.html.mustache"),
                                  ("trends", "brief.trends.html.mustache"), ("hardQuestions", "brief.questions.html.mustache")]
        case .markdown: return [("pageOne", "brief.page-one.md.mustache"), ("hardQuestions", "brief.questions.md.mustache")]
        case .docx: return [("pageOne", "brief.page-one.docx.mustache"), ("hardQuestions", "brief.questions.docx.mustache"),
                            ("pictures", "brief.pictures.html.mustache"), ("trends", "brief.trends.html.mustache")]
        case .json, .email: return []
        }
    }

    /// The template text, the name to report in errors, and how many lines we put before the user's.
    static func templateSource(format: BriefFormat, path: String?) throws -> (String, String, Int) {
        guard let path else {
            let name = "brief.\(format == .markdown ? "md" : format == .docx ? "docx" : "html").mustache"
            return (String(decoding: try ResourceLocator.contents("templates/" + name), as: UTF8.self), name, 0)
        }
        guard FileManager.default.fileExists(atPath: path) else { throw BuyInError.fileNotFound(path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BuyInError.ioError(path: path, reason: .text("UTF-8"))
        }
        // A user's template gets the escaping of its format unless it chose its own content type.
        if !text.contains("CONTENT_TYPE") {
            return ("{{% CONTENT_TYPE: \(format.contentType) }}\n" + text, path, 1)
        }
        return (text, path, 0)
    }

    /// Text made safe inside a CSS string in a `<style>` element: quotes and backslashes
    /// escaped, line breaks and `<` as CSS escapes, so nothing can close the string or the element.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r": out += "\\A "
            case "<": out += "\\3C "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func json(_ briefing: Briefing) throws -> String {
        ActiveText.escapedInJSON(try DataValue(briefing).json) + "\n"
    }
}
