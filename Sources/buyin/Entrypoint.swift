import ArgumentParser
import BuyInKit
import Foundation

/// Decides the language before the parser reads any help text, runs the command, and turns
/// every failure into one localized line on standard error with its sysexits code.
@main
enum Entrypoint {
    static func main() {
        // Everything buyin creates (database, exports, editor files) is its owner's only.
        umask(0o077)
        // Past a file-size limit, writes should fail with an error we can report, not kill us.
        signal(SIGXFSZ, SIG_IGN)
        // A backup or an editor draft being written holds private notes: gone if we are stopped.
        TemporaryFiles.cleanUpOnSignals()
        // One command, then exit: what it made is left for the exit to free (`KeptUntilExit`).
        KeptUntilExit.turnOn()
        let typed = Array(CommandLine.arguments.dropFirst())
        let language = Language.resolve(arguments: ArgumentLine.globalOptionsMoved(typed), environment: ProcessEnvironment.current)
        L = Localizer.loadOrBare(language)
        guard L.hasTables else { fail(BuyInError.resourcesMissing) }
        let arguments: [String]
        do {
            arguments = try ArgumentLine.prepared(typed)
        } catch let error as BuyInError {
            fail(error)
        } catch {
            fail(BuyInError.internalError(String(describing: error)))
        }

        if let asked = HelpRequest.command(for: arguments) {
            let english = Localizer.loadOrBare(.en)
            Console.out(ParserTranslation.translate(BuyIn.helpMessage(for: asked), english: english, reader: L, isHelp: true))
            end(0)
        }
        let command: ParsableCommand
        do {
            command = try BuyIn.parseAsRoot(arguments)
        } catch {
            if let nearMiss = CommandNearMiss.error(for: arguments) { fail(nearMiss) }
            finishParsing(error)
        }
        do {
            var runnable = command
            try runnable.run()
            end(0)
        } catch let error as BuyInError {
            fail(error)
        } catch where BuyIn.exitCode(for: error) != .failure {
            // Help and version requests, and the parser's own errors, surface here too.
            finishParsing(error)
        } catch {
            fail(BuyInError.internalError(String(describing: error)))
        }
    }

    /// Help, version and completion requests print to standard output; parsing errors become one line.
    static func finishParsing(_ error: Error) -> Never {
        let english = Localizer.loadOrBare(.en)
        let code = BuyIn.exitCode(for: error)
        if code == .success {
            Console.out(ParserTranslation.translate(BuyIn.fullMessage(for: error), english: english, reader: L, isHelp: true))
            end(0)
        }
        if let known = error as? BuyInError { fail(known) }
        let message = BuyIn.message(for: error)
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
        let translated = ParserTranslation.translate(firstLine, english: english, reader: L)
        let command = (["buyin"] + HelpRequest.commandPath(of: CommandLine.arguments.dropFirst())).joined(separator: " ")
        Console.error(L.text("error.usage", translated, command).shownOnOneLine)
        end(code.rawValue == 0 ? SysExits.usage : code.rawValue)
    }

    static func fail(_ error: BuyInError) -> Never {
        // Without translation tables the message is already a complete line.
        Console.error((L.hasTables ? L.text("error.prefix", error.message(L)) : error.message(L)).shownOnOneLine)
        end(error.exitCode)
    }

    /// Exits with `code`.
    /// A command whose output could not be written has not succeeded, whatever it recorded.
    static func end(_ code: Int32) -> Never {
        if code == 0, let failure = Console.outputError {
            fail(BuyInError.outputFailed(reason: .system(failure)))
        }
        exit(code)
    }
}
