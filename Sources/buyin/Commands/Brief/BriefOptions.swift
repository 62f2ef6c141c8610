import ArgumentParser
import BuyInKit

/// How a pre-read is written: format, destination, template (`brief` and `demo` share them).
struct BriefOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.format"), valueName: "markdown|html|json"))
    var format = BriefFormat.markdown
    @Option(name: [.short, .long], help: ArgumentHelp(L.text("help.option.output"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.template"), valueName: L.text("value.path")))
    var template: String?

    /// Renders the briefing and writes it where asked; reports the file written, if any.
    func deliver(_ briefing: Briefing, _ context: Context) throws {
        let document = try BriefRenderer.render(briefing, format: format, localizer: context.l, templatePath: template)
        if let output, output != "-" {
            try DocumentWriter.write(document, to: output, overwrite: force)
            Console.error(context.l.text("brief.written", output))
        } else {
            Console.write(document)
        }
    }
}

extension BriefFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    /// The value name (`markdown|html|json`) already lists them in the parser's message; its own
    /// list would be added in English whatever the reader's language.
    public static var allValueStrings: [String] { [] }
}
