import BuyInKit

/// Where a document goes: a file named with `--output` (replaced only with `--force`, never a
/// database in use), or standard output; the line saying so goes to standard error.
enum DocumentDelivery {
    static func deliver(_ document: String, to output: String?, force: Bool, writtenKey: String, _ context: Context) throws {
        var document = document
        try document.withUTF8 { try deliver($0, to: output, force: force, writtenKey: writtenKey, context) }
    }

    /// A document already in UTF-8 (a rendered pre-read), written as its bytes are.
    static func deliver(utf8 document: [UInt8], to output: String?, force: Bool, writtenKey: String, _ context: Context) throws {
        try document.withUnsafeBufferPointer { try deliver($0, to: output, force: force, writtenKey: writtenKey, context) }
    }

    private static func deliver(_ document: UnsafeBufferPointer<UInt8>, to output: String?, force: Bool, writtenKey: String,
                                _ context: Context) throws {
        if let output, output != "-" {
            try DocumentWriter.write(document, to: output, overwrite: force, sparing: context.openDatabases)
            Console.error(context.l.text(writtenKey, output))
        } else {
            Console.write(utf8: document)
        }
    }
}
