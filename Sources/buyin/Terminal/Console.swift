import BuyInKit
import Foundation

/// Standard output and error, with colour only on a terminal and never under `NO_COLOR`.
enum Console {
    static let environment = ProcessEnvironment.current
    static let stdinIsTerminal = isatty(STDIN_FILENO) == 1
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let usesColour = stdoutIsTerminal && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"

    /// How wide the output may be: `COLUMNS` when set, else the terminal's width; nil for a pipe
    /// or a file, which take every line whole.
    static let columns: Int? = {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmed), columns > 0 { return columns }
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }()

    /// Prose broken between words to fit `columns`, each line after the first indented as the
    /// first one is; unchanged when there is no width to fit (a pipe) or it already fits.
    static func wrapped(_ text: String, to columns: Int? = Console.columns) -> String {
        guard let columns, DisplayWidth.of(text) > columns else { return text }
        let indent = String(text.prefix { $0 == " " })
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? indent + word : line + " " + word
            if !line.isEmpty && DisplayWidth.of(candidate) > columns {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    static func out(_ text: String = "") {
        write(text + "\n")
    }

    /// Text already in UTF-8 (a listing's rows, a rendered pre-read), written as it is when
    /// nothing in it acts on a terminal, as nearly always; else as text, shown safely.
    static func write(utf8: UnsafeBufferPointer<UInt8>) {
        guard !ActiveText.mayHold(utf8, allowingLayout: true) else { return write(String(decoding: utf8, as: UTF8.self)) }
        write(utf8, to: STDOUT_FILENO)
    }

    /// Writes without a line break (prompts, whole documents); unbuffered, like every other line.
    static func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }

    /// A line on standard error, where messages may quote an address given with `--db`: any
    /// password in it is replaced by `***` (`ConnectionString`).
    static func error(_ text: String) {
        writeAll(ConnectionString.redactingPasswords(in: text) + "\n", to: STDERR_FILENO)
    }

    /// The line saying a file was written: on standard error when the file itself streamed to
    /// standard output or a pipe, which must then carry the file alone.
    static func confirm(_ text: String, written path: String) {
        if DocumentWriter.isStream(path) { error(text) } else { out(text) }
    }

    /// Each warning as one line on standard error: the record is kept, the exit code stays 0.
    static func warn(_ warnings: [RecordWarning], _ l: Localizer) {
        for warning in warnings { error(l.text("warning.prefix", warning.message(l)).shownOnOneLine) }
    }

    /// The first error writing standard output (a full disk, a file-size limit, a closed pipe):
    /// the entry point turns it into an error line and exit 74 instead of a silent success.
    /// Global because any line of any command may meet it; written and read on the main thread.
    nonisolated(unsafe) static var outputError: Int32?

    /// The sequences `bold`, `dim`, `green` and `yellow` write: the only ones that reach the terminal.
    static let styles = usesColour ? ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[0m"] : []

    /// write(2) straight from the string's bytes, resuming after partial writes and signals.
    /// (`FileHandle` first copied every line into a `Data`.) Every line buyin prints passes
    /// here, so this is where a person's text is kept from acting on the terminal (`ActiveText`).
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = ActiveText.shownOnTerminal(text, keeping: styles)
        text.withUTF8 { write($0, to: descriptor) }
    }

    /// Bytes ready to be seen, written whole; standard output's first failure is kept in `outputError`.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        if let failure = DocumentWriter.writeAll(bytes, to: descriptor), descriptor == STDOUT_FILENO && outputError == nil {
            outputError = failure
        }
    }

    /// "Channel: video · Stance: neutral": label keys and their values on one line.
    static func labelled(_ pairs: [(label: String, value: String)], _ l: Localizer) -> String {
        pairs.map { l.text("format.labelled", l.text($0.label), $0.value) }.joined(separator: " · ")
    }

    static func bold(_ text: String) -> String { usesColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { usesColour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    static func green(_ text: String) -> String { usesColour ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    static func yellow(_ text: String) -> String { usesColour ? "\u{1B}[33m\(text)\u{1B}[0m" : text }

    /// Prints a value as JSON for scripts: keys A to Z, ISO dates, `null` for a missing value,
    /// and `schemaVersion` (a list comes as `{"schemaVersion", "items"}`).
    static func json<Value: Encodable>(_ value: Value) throws {
        out(ActiveText.escapedInJSON(try DataValue.document(value).json))
    }
}
