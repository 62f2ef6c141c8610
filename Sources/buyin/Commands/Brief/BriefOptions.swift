import ArgumentParser
import BuyInKit

/// How a pre-read is written: format, destination, template (`brief` and `demo` share them).
struct BriefOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.format"), valueName: "markdown|html|json|pdf|docx|email"))
    var format = BriefFormat.markdown
    @Option(name: [.short, .long], help: ArgumentHelp(L.text("help.option.output"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.template"), valueName: L.text("value.path")))
    var template: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.paper"), valueName: "a4|letter"))
    var paper: Paper?
    @Flag(name: .customLong("attach-html"), help: ArgumentHelp(L.text("help.option.attachHTML")))
    var attachHTML = false

    /// The printed page: A4 where French is read, US Letter for English, unless `--paper` says.
    enum Paper: String, ExpressibleByArgument {
        case a4, letter
        init?(argument: String) { self.init(rawValue: argument.lowercased()) }
        static var allValueStrings: [String] { [] }
        var css: String { self == .a4 ? "A4" : "letter" }
    }

    /// Renders the briefing and writes it where asked; reports the file written, if any.
    func deliver(_ briefing: Briefing, _ context: Context) throws {
        let paper = (paper ?? (context.l.language == .fr ? .a4 : .letter)).css
        if attachHTML && format != .email { throw BuyInError.conflictingOptions("--attach-html", "--format \(format.rawValue)") }
        if format == .email && template == nil, let output, output != "-" {
            // A file is a message to open in a mail client: headers, body, the pre-read attached if asked.
            let l = context.l
            let html = attachHTML ? try BriefRenderer.render(briefing, format: .html, localizer: l, paper: paper) : nil
            let message = EmailSummary(briefing, attached: attachHTML, l)
                .message(date: briefing.header.prepared, html: html, attachmentName: l.text("email.attachmentName"))
            try DocumentWriter.write(message, to: output, overwrite: force, sparing: context.openDatabases)
            return Console.error(l.text("brief.written", output))
        }
        if attachHTML { throw BuyInError.missingValue(field: "outputEml") }
        if format == .docx {
            // A Word document is a ZIP: it goes to a file, and is built from buyin's own parts only.
            if template != nil { throw BuyInError.conflictingOptions("--template", "--format docx") }
            guard let output, output != "-" else { throw BuyInError.missingValue(field: "outputDocx") }
            let bytes = try BriefRenderer.word(briefing, localizer: context.l, paper: paper)
            try DocumentWriter.write(bytes, to: output, overwrite: force, sparing: context.openDatabases)
            return Console.error(context.l.text("brief.written", output))
        }
        if format == .pdf {
            // A PDF is not text: it goes to a file, never to the terminal.
            guard let output, output != "-" else { throw BuyInError.missingValue(field: "output") }
            let page = try BriefRenderer.render(briefing, format: .pdf, localizer: context.l, templatePath: template, paper: paper)
            try PDFPrinter.print(html: page, to: output, overwrite: force, sparing: context.openDatabases)
            Console.error(context.l.text("brief.written", output))
            return
        }
        let document = try BriefRenderer.renderUTF8(briefing, format: format, localizer: context.l, templatePath: template,
                                                    paper: format == .html ? paper : nil)
        try DocumentDelivery.deliver(utf8: document, to: output, force: force, writtenKey: "brief.written", context)
    }
}

extension BriefFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    /// The value name (`markdown|html|json`) already lists them in the parser's message; its own
    /// list would be added in English whatever the reader's language.
    public static var allValueStrings: [String] { [] }
}
