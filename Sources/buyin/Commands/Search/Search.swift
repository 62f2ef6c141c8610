import ArgumentParser
import BuyInKit

/// `buyin search TEXT`: finds a word in every campaign's record, private text only when asked.
struct Search: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("search", discussion: true) }
    @Argument(help: ArgumentHelp(L.text("help.argument.searchWords"), valueName: L.text("value.words")))
    var words: [String]
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.private")))
    var `private` = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.limit"), valueName: "N"))
    var limit = 20
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        guard limit > 0 else { throw BuyInError.invalidLimit(String(limit)) }
        let text = words.joined(separator: " ")
        let results = try context.store().search(text, includingPrivate: `private`,
                                                 in: context.options.campaign.map(CampaignRef.named), limit: limit)
        if json.json { return try Console.json(results) }
        let l = context.l
        guard !results.isEmpty else { return Console.out(l.text("search.none", text)) }
        for (index, result) in results.enumerated() {
            if index > 0 { Console.out() }
            let hit = result.hit
            let heading = [l.text("search.kind.\(hit.kind.name)", String(hit.id)), hit.campaignSlug]
                + [hit.day.map(l.date), hit.stakeholder].compactMap { $0 }
            Console.out(Console.bold(heading.joined(separator: " · ")))
            Console.out("  " + result.excerpt.parts.map { $0.isMatch ? SearchMark.mark($0.text) : $0.text }.joined())
        }
    }
}

/// How a matching word stands out: in colour on a terminal, between brackets elsewhere.
enum SearchMark {
    static func mark(_ word: String) -> String {
        Console.usesColour ? Console.bold(Console.yellow(word)) : "[\(word)]"
    }
}
