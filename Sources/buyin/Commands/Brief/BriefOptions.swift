import ArgumentParser
import BuyInKit

/// How a pre-read is written: format, destination, template (`brief` and `demo` share them).
struct BriefOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.format"), valueName: "markdown|html|json"))
    var format = "markdown"
    @Option(name: [.short, .long], help: ArgumentHelp(L.text("help.option.output"), valueName: L.text("value.path")))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.force")))
    var force = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.template"), valueName: L.text("value.path")))
    var template: String?

    /// Renders the briefing and writes it where asked; reports the file written, if any.
    func deliver(_ briefing: Briefing, _ context: Context) throws {
        let format = try BriefFormat(word: format)
        let document = try BriefRenderer.render(briefing, format: format, localizer: context.l, templatePath: template)
        if let output, output != "-" {
            try DocumentWriter.write(document, to: output, overwrite: force)
            Console.error(context.l.text("brief.written", output))
        } else {
            Console.write(document)
        }
    }
}
