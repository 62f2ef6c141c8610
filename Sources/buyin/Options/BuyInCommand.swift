import ArgumentParser

/// The one shape of a buyin command: it declares its options, including the global ones, and
/// does its work in `run(_:)` with a `Context` built once, here, from those options. The context
/// closes the database when the work is done, whether it succeeded or not.
protocol BuyInCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(_ context: Context) throws
}

extension BuyInCommand {
    func run() throws {
        let context = try Context(global)
        defer { context.finish() }
        try run(context)
    }
}
