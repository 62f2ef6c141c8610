import ArgumentParser
import BuyInKit

/// `buyin objection add|answer|resolve|accept|reopen|list`: listen, acknowledge, explore, respond, confirm.
struct ObjectionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("objection", discussion: true,
                             subcommands: [Add.self, Answer.self, ResolveObjection.self, AcceptObjection.self, ReopenObjection.self,
                                           List.self, Edit.self, DeleteObjection.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("objection.add") }
        @Argument(help: ArgumentHelp(L.text("help.argument.objection"), valueName: L.text("value.text")))
        var text: String
        @OptionGroup var fields: ObjectionFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let change = try fields.change(context)
            var entry = ObjectionEntry(text: text, day: change.day ?? context.today)
            entry.dayIsTyped = change.day != nil
            entry.stakeholder = change.stakeholder
            entry.meetingId = change.meetingId
            entry.concern = change.concern ?? ""
            if let category = change.category { entry.category = category }
            let store = try context.store()
            let objection = try store.addObjection(entry, in: context.campaign)
            Console.out(context.l.text("objection.added", String(objection.id), objection.text))
            Console.warn(try store.warnings(for: objection, in: context.campaign), context.l)
        }
    }

    struct Edit: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("objection.edit") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @Option(name: .long, help: ArgumentHelp(L.text("help.argument.objection"), valueName: L.text("value.text")))
        var text: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.responseText"), valueName: L.text("value.text")))
        var response: String?
        @OptionGroup var fields: ObjectionFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var change = try fields.change(context)
            change.text = text
            change.response = response
            guard text != nil || response != nil || fields.isGiven else { throw BuyInError.nothingToChange(kind: .objection, id: id) }
            let store = try context.store()
            let objection = try store.editObjection(id, in: context.campaign, change)
            Console.out(context.l.text("objection.edited", String(objection.id), objection.text))
            Console.warn(try store.warnings(for: objection, in: context.campaign), context.l)
        }
    }

    struct Answer: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("objection.answer") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @Argument(help: ArgumentHelp(L.text("help.argument.response"), valueName: L.text("value.text")))
        var response: String
        @Flag(name: .long, help: ArgumentHelp(L.text("help.option.confirmed")))
        var confirmed = false
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws { try ObjectionCommand.move(id, .answer(response: response, confirmed: confirmed), context) }
    }

    static func move(_ id: Int64, _ move: ObjectionMove, _ context: Context) throws {
        let objection = try context.store().move(objection: id, in: context.campaign, move)
        let l = context.l
        let confirmation = objection.isConfirmed ? " " + l.text("objection.confirmed") : ""
        Console.out(l.text("objection.moved.\(objection.status.rawValue)", String(objection.id)) + confirmation)
    }

    struct List: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("objection.list") }
        @Flag(name: .long, help: ArgumentHelp(L.text("help.option.open")))
        var open = false
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.raisedBy"), valueName: L.text("value.name")))
        var from: String?
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.status"), valueName: L.text("value.status")))
        var status: String?
        @OptionGroup var output: ListOutput
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let store = try context.store()
            let objections = try store.objections(in: context.campaign, onlyOpen: open, from: from, status: status.map(ObjectionStatus.parse))
            let l = context.l
            let empty = { try Listing.emptyLine(l, noun: "objection", filtered: from != nil || status != nil || open) {
                try store.objections(in: context.campaign, onlyOpen: false, from: nil, status: nil).count
            } }
            try Listing.print(objections, output: output, empty: open && from == nil && status == nil ? l.text("objection.noneOpen") : try empty(),
                              headings: [l.text("column.number"), l.text("column.status"), l.text("column.category"), l.text("column.from"),
                                         l.text("column.objection"), l.text("column.response")]) { objection in
                [String(objection.id), objection.status.word(l) + (objection.isConfirmed ? " ✓" : ""), objection.category.word(l),
                 objection.stakeholder ?? "", objection.text, objection.response]
            }
        }
    }
}

/// A move of an objection that takes nothing but its number (`resolve`, `accept`, `reopen`): one
/// implementation; each command names its move.
protocol BareObjectionMove: BuyInCommand {
    static var move: ObjectionMove { get }
    static var commandName: String { get }
    var options: RecordOptions { get }
}

extension BareObjectionMove {
    static var configuration: CommandConfiguration {
        .buyin("objection.\(commandName)")
    }
    var global: GlobalOptions { options.global }
    func run(_ context: Context) throws { try ObjectionCommand.move(options.id, Self.move, context) }
}

struct ResolveObjection: BareObjectionMove { static let (move, commandName) = (ObjectionMove.resolve, "resolve"); @OptionGroup var options: RecordOptions }
struct AcceptObjection: BareObjectionMove { static let (move, commandName) = (ObjectionMove.accept, "accept"); @OptionGroup var options: RecordOptions }
struct ReopenObjection: BareObjectionMove { static let (move, commandName) = (ObjectionMove.reopen, "reopen"); @OptionGroup var options: RecordOptions }

/// An objection's details as options (`add` and `edit` share them).
struct ObjectionFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.from"), valueName: L.text("value.name")))
    var from: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.meeting"), valueName: "ID"))
    var meeting: Int64?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.concern"), valueName: L.text("value.text")))
    var concern: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.category"), valueName: L.text("value.category")))
    var category: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.date"), valueName: L.text("value.date")))
    var date: String?

    var isGiven: Bool { from != nil || meeting != nil || concern != nil || category != nil || date != nil }

    /// What was typed, read: a bad category or date is an error here, before anything is written.
    func change(_ context: Context) throws -> ObjectionChange {
        var change = ObjectionChange()
        change.stakeholder = from
        change.meetingId = meeting
        change.concern = concern
        change.category = try category.map(ObjectionCategory.parse)
        change.day = try context.day(date)
        return change
    }
}
