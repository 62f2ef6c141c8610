import BuyInKit

/// Where a document goes: a file named with `--output` (replaced only with `--force`, never a
/// database in use), or standard output; the line saying so goes to standard error.
enum DocumentDelivery {
    static func deliver(_ document: String, to output: String?, force: Bool, writtenKey: String, _ context: Context) throws {
        try deliver(utf8: Array(document.utf8), to: output, force: force, writtenKey: writtenKey, context)
    }

    /// A document already in UTF-8 (a rendered pre-read), written as its bytes are.
    static func deliver(utf8 document: [UInt8], to output: String?, force: Bool, writtenKey: String, _ context: Context) throws {
        if let output, output != "-" {
            try DocumentWriter.write(document, to: output, overwrite: force, sparing: context.openDatabases)
            Console.error(context.l.text(writtenKey, output))
        } else {
            Console.write(utf8: document)
        }
    }
}
