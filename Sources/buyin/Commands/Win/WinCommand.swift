import ArgumentParser
import BuyInKit

/// `buyin win add|list|announce`: every step forward, and a word to thank the people in it.
struct WinCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("win", subcommands: [Add.self, WinList.self, Announce.self, Digest.self, Edit.self, DeleteWin.self])
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("win.add") }
        @Argument(help: ArgumentHelp(L.text("help.argument.win"), valueName: L.text("value.text")))
        var text: String
        @OptionGroup var fields: WinFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            let change = try fields.change(context)
            let win = try context.store().addWin(text: text, day: change.day ?? context.today, kind: change.kind ?? .other,
                                                 people: change.people ?? [], in: context.campaign)
            Console.out(context.l.text("win.added", String(win.id), win.text))
        }
    }

    struct Edit: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("win.edit") }
        @Argument(help: ArgumentHelp(L.text("help.argument.id"), valueName: "ID"))
        var id: Int64
        @Option(name: .long, help: ArgumentHelp(L.text("help.argument.win"), valueName: L.text("value.text")))
        var text: String?
        @OptionGroup var fields: WinFields
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            var change = try fields.change(context)
            change.text = text
            guard text != nil || fields.isGiven else { throw BuyInError.nothingToChange(kind: .win, id: id) }
            let win = try context.store().editWin(id, in: context.campaign, change)
            Console.out(context.l.text("win.edited", String(win.id), win.text))
        }
    }

    struct Announce: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("win.announce") }
        @Argument(help: ArgumentHelp(L.text("help.argument.winId"), valueName: "ID"))
        var id: Int64?
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            guard let (campaign, win) = try context.store().win(id, in: context.campaign) else { return Console.out(context.l.text("win.none")) }
            Console.out(Announcement.text(for: win, campaign: campaign, context.l))
        }
    }
}

extension WinCommand {
    /// `buyin win digest [--since DATE]`: the last days' progress, to paste into a team chat.
    struct Digest: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("win.digest") }
        @Option(name: .long, help: ArgumentHelp(L.text("help.option.digestSince"), valueName: L.text("value.date")))
        var since: String?
        @OptionGroup var json: JSONOption
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            // The last seven days, today included.
            let since = try context.day(since) ?? context.today.adding(days: -6) ?? context.today
            let digest = try context.store().winsDigest(since: since, today: context.today, in: context.campaign)
            if json.json { return try Console.json(digest) }
            Console.out(WinsDigestText.text(digest, context.l))
        }
    }
}

struct WinList: ListingCommand {
    static let noun = "win"
    @OptionGroup var options: ListingOptions

    func rows(_ context: Context) throws -> [WinView] { try context.store().wins(in: context.campaign) }
    static func columns(_ context: Context) -> [ListColumn<WinView>] {
        let l = context.l
        return [.number { $0.id }, .init("column.date") { l.date($0.day) }, .init("column.kind") { $0.kind.word(l) },
                .init("column.win") { $0.text }, .init("column.with") { $0.people.joined(separator: ", ") }]
    }
}

/// A win's details as options (`add` and `edit` share them).
struct WinFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.date"), valueName: L.text("value.date")))
    var date: String?
    @Option(name: .customLong("with"), help: ArgumentHelp(L.text("help.option.with"), valueName: L.text("value.name")))
    var people: [String] = []
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.kind"), valueName: L.text("value.kind")))
    var kind: String?

    var isGiven: Bool { date != nil || !people.isEmpty || kind != nil }

    /// What was typed, read: a bad kind or date is an error here, before anything is written.
    /// The people named, when any, are all the win's people.
    func change(_ context: Context) throws -> WinChange {
        var change = WinChange()
        change.day = try context.day(date)
        change.kind = try kind.map(WinKind.parse)
        change.people = people.isEmpty ? nil : people
        return change
    }
}
