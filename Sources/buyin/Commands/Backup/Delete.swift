import ArgumentParser
import BuyInKit

/// `buyin meeting|objection|win|goal|metric delete ID`: the way back from a mistake.
/// One type, given the kind of record by each noun's command group.
protocol DeleteCommand: ParsableCommand {
    static var kind: BuyInError.RecordKind { get }
    var id: Int64 { get }
    var global: GlobalOptions { get }
}

extension DeleteCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "delete", abstract: L.text("help.delete.\(kind.rawValue)"))
    }

    func run() throws {
        let context = try Context(global)
        let store = try context.store()
        try store.delete(Self.kind, id: id, campaign: context.campaign(store).id!)
        Console.out(context.l.text("deleted", context.l.text("record.\(Self.kind.rawValue)"), String(id)))
    }
}

struct DeleteMeeting: DeleteCommand {
    static let kind = BuyInError.RecordKind.meeting
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID")) var id: Int64
    @OptionGroup var global: GlobalOptions
}

struct DeleteObjection: DeleteCommand {
    static let kind = BuyInError.RecordKind.objection
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID")) var id: Int64
    @OptionGroup var global: GlobalOptions
}

struct DeleteWin: DeleteCommand {
    static let kind = BuyInError.RecordKind.win
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID")) var id: Int64
    @OptionGroup var global: GlobalOptions
}

struct DeleteGoal: DeleteCommand {
    static let kind = BuyInError.RecordKind.goal
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID")) var id: Int64
    @OptionGroup var global: GlobalOptions
}

struct DeleteMetric: DeleteCommand {
    static let kind = BuyInError.RecordKind.metric
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID")) var id: Int64
    @OptionGroup var global: GlobalOptions
}
