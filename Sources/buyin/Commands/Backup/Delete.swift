import ArgumentParser
import BuyInKit

/// The kind of record a `delete` subcommand removes.
protocol DeletableRecord {
    static var kind: BuyInError.RecordKind { get }
}

enum MeetingRecordKind: DeletableRecord { static let kind = BuyInError.RecordKind.meeting }
enum ObjectionRecordKind: DeletableRecord { static let kind = BuyInError.RecordKind.objection }
enum WinRecordKind: DeletableRecord { static let kind = BuyInError.RecordKind.win }
enum GoalRecordKind: DeletableRecord { static let kind = BuyInError.RecordKind.goal }
enum MetricRecordKind: DeletableRecord { static let kind = BuyInError.RecordKind.metric }

/// `buyin meeting|objection|win|goal|metric delete ID`: the way back from a mistake.
/// One command, made specific by the kind of record each noun's group gives it.
struct Delete<Record: DeletableRecord>: BuyInCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "delete", abstract: L.text("help.delete.\(Record.kind.rawValue)"))
    }
    @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
    var id: Int64
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        try context.store().delete(Record.kind, id: id, in: context.campaign)
        Console.out(context.l.text("deleted", context.l.text("record.\(Record.kind.rawValue)"), String(id)))
    }
}

typealias DeleteMeeting = Delete<MeetingRecordKind>
typealias DeleteObjection = Delete<ObjectionRecordKind>
typealias DeleteWin = Delete<WinRecordKind>
typealias DeleteGoal = Delete<GoalRecordKind>
typealias DeleteMetric = Delete<MetricRecordKind>
