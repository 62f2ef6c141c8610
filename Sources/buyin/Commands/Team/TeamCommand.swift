import ArgumentParser
import BuyInKit

/// `buyin team init|add`: a team's administrator sets up the shared PostgreSQL store.
struct TeamCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "team", abstract: L.text("help.team"), subcommands: [Init.self, Add.self])
    }

    struct Init: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("team.init", discussion: true) }
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            #if TeamStore
            let store = try context.teamStore(for: "buyin team init")
            let migrations = try store.initializeTeam()
            Console.out(context.l.text("team.ready", store.server, context.l.number(migrations)))
            #else
            throw BuyInError.teamStoreNotBuilt
            #endif
        }
    }

    struct Add: BuyInCommand {
        static var configuration: CommandConfiguration { .buyin("team.add") }
        @Argument(help: ArgumentHelp(L.text("help.argument.role"), valueName: L.text("value.role")))
        var role: String
        @OptionGroup var global: GlobalOptions

        func run(_ context: Context) throws {
            #if TeamStore
            let created = try context.teamStore(for: "buyin team add").addMember(role)
            Console.out(context.l.text(created ? "team.added.new" : "team.added", role))
            #else
            throw BuyInError.teamStoreNotBuilt
            #endif
        }
    }
}
