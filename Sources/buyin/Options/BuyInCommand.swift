import ArgumentParser

/// The one shape of a buyin command: it declares its options, including the global ones, and
/// does its work in `run(_:)` with a `Context` built once, here, from those options.
protocol BuyInCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(_ context: Context) throws
}

extension BuyInCommand {
    func run() throws { try run(Context(global)) }
}
