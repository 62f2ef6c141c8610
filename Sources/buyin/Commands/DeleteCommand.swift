import ArgumentParser
import BuyInKit

/// `buyin meeting|objection|win|goal|metric|option delete ID`: the way back from a mistake. One
/// implementation; each noun's command only names the kind of record it removes.
protocol DeleteCommand: BuyInCommand {
    static var kind: RecordKind { get }
    var options: RecordOptions { get }
}

extension DeleteCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "delete", abstract: L.text("help.delete.\(kind.rawValue)"))
    }

    var global: GlobalOptions { options.global }

    func run(_ context: Context) throws {
        try context.store().delete(Self.kind, id: options.id, in: context.campaign)
        Console.out(context.l.text("deleted", context.l.text("record.\(Self.kind.rawValue)"), String(options.id)))
    }
}

struct DeleteMeeting: DeleteCommand { static let kind = RecordKind.meeting; @OptionGroup var options: RecordOptions }
struct DeleteObjection: DeleteCommand { static let kind = RecordKind.objection; @OptionGroup var options: RecordOptions }
struct DeleteWin: DeleteCommand { static let kind = RecordKind.win; @OptionGroup var options: RecordOptions }
struct DeleteGoal: DeleteCommand { static let kind = RecordKind.goal; @OptionGroup var options: RecordOptions }
struct DeleteMetric: DeleteCommand { static let kind = RecordKind.metric; @OptionGroup var options: RecordOptions }
struct DeleteOption: DeleteCommand { static let kind = RecordKind.decisionOption; @OptionGroup var options: RecordOptions }
