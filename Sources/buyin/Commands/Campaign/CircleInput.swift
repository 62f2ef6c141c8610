import ArgumentParser
import BuyInKit

/// The golden circle and the ask, as flags (`start` and `why` share them).
struct CircleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.why"), valueName: L.text("value.text")))
    var why: String?
    @Option(name: .customLong("why-goals"), help: ArgumentHelp(L.text("help.option.whyGoals"), valueName: L.text("value.text")))
    var whyGoals: String?
    @Option(name: .customLong("why-care"), help: ArgumentHelp(L.text("help.option.whyCare"), valueName: L.text("value.text")))
    var whyCare: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.how"), valueName: L.text("value.text")))
    var how: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.what"), valueName: L.text("value.text")))
    var what: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.ask"), valueName: L.text("value.text")))
    var ask: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.recommendation"), valueName: L.text("value.text")))
    var recommendation: String?
    @Option(name: .customLong("decision-owner"), help: ArgumentHelp(L.text("help.option.decisionOwner"), valueName: L.text("value.name")))
    var decisionOwner: String?
    @Option(name: .customLong("decide-by"), help: ArgumentHelp(L.text("help.option.decideBy"), valueName: L.text("value.date")))
    var decideBy: String?
    @Option(name: .customLong("if-approved"), help: ArgumentHelp(L.text("help.option.ifApproved"), valueName: L.text("value.text")))
    var ifApproved: String?
    @Option(name: .customLong("if-not"), help: ArgumentHelp(L.text("help.option.ifNot"), valueName: L.text("value.text")))
    var ifNot: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.currency"), valueName: L.text("value.currency")))
    var currency: String?

    /// The value given for a field, if its flag was given.
    func value(of field: GoldenCircle.Field) -> String? {
        switch field {
        case .why: return why
        case .whyGoals: return whyGoals
        case .whyCare: return whyCare
        case .how: return how
        case .what: return what
        case .ask: return ask
        case .recommendation: return recommendation
        case .decisionOwner: return decisionOwner
        case .decideBy: return decideBy
        case .ifApproved: return ifApproved
        case .ifNot: return ifNot
        }
    }

    /// The fields given as flags, in the order of the questions.
    var given: [(GoldenCircle.Field, String)] {
        GoldenCircle.Field.allCases.compactMap { field in value(of: field).map { (field, $0) } }
    }

    func change(today: Day, language: Language) throws -> GoldenCircle.Change {
        var change = GoldenCircle.Change()
        for (field, value) in given { try change.set(field, value, today: today, language: language) }
        if let currency {
            guard let known = Currency(typed: currency) else { throw BuyInError.unknownCurrency(currency.trimmed) }
            change.currency = known.code
        }
        return change
    }
}

/// Asking for the golden circle: guided at a terminal, one answer per line from a pipe, or in `$EDITOR`.
enum CircleInput {
    /// Guided questions at a terminal; an empty answer keeps what is there.
    static func ask(_ context: Context, current: GoldenCircle) throws -> GoldenCircle.Change {
        let prompter = Prompter(l: context.l)
        Console.out(context.l.text("prompt.circle.intro"))
        var change = GoldenCircle.Change()
        for field in GoldenCircle.Field.allCases {
            guard let answer = try askValid(prompter, context, field, current: current.value(of: field)) else { break }
            try change.set(field, answer, today: context.today, language: context.l.language)
        }
        return change
    }

    /// Asks again until a date question gets a date a person can mean.
    private static func askValid(_ prompter: Prompter, _ context: Context, _ field: GoldenCircle.Field, current: String) throws -> String? {
        while true {
            let name = field.rawValue
            guard let answer = prompter.ask(context.l.text("question.\(name)"), hint: context.l.text("hint.\(name)"), current: current) else {
                return nil
            }
            if !field.isDate || answer.isEmpty { return answer }
            do {
                _ = try DayParser.parse(answer, today: context.today, language: context.l.language, ahead: true)
                return answer
            } catch let error as BuyInError {
                Console.error(error.message(context.l))
            }
        }
    }

    /// Answers from standard input, one per line, in the order of the guided questions.
    static func readLines(_ context: Context) throws -> GoldenCircle.Change {
        var change = GoldenCircle.Change()
        for (index, field) in GoldenCircle.Field.allCases.enumerated() {
            guard let line = Prompter.nextLine() else { break }
            do {
                if !line.trimmed.isEmpty { try change.set(field, line, today: context.today, language: context.l.language) }
            } catch let error as BuyInError {
                // Nothing is written yet: the person fixes that line and pipes the lines again.
                throw BuyInError.onInputLine(index + 1, error)
            }
        }
        return change
    }

    /// The whole circle in `$EDITOR`; nil when the person cancelled.
    static func edit(_ context: Context, campaign: Campaign) throws -> GoldenCircle.Change? {
        let current = campaign.circle
        let fields = GoldenCircle.Field.allCases.map {
            EditorSession.Field(id: $0.rawValue, question: context.l.text("question.\($0.rawValue)"), value: current.value(of: $0))
        }
        return try EditorSession(l: context.l).edit(title: "\(campaign.title) (\(campaign.slug))", fields: fields) { answers in
            var change = GoldenCircle.Change()
            for field in GoldenCircle.Field.allCases {
                if let value = answers[field.rawValue], value != current.value(of: field) { try change.set(field, value, today: context.today, language: context.l.language) }
            }
            return change
        }
    }

    /// Prints the circle as a person reads it.
    static func show(_ campaign: Campaign, ideaChanges: [IdeaChangeView], _ l: Localizer) {
        Console.out(Console.bold("\(campaign.title)") + Console.dim(" (\(campaign.slug))"))
        let circle = campaign.circle
        for field in GoldenCircle.Field.allCases where !field.isDate {
            Console.out()
            Console.out(Console.bold(l.text("label.\(field.rawValue)")) + Console.dim(" — " + l.text("question.\(field.rawValue)")))
            let value = circle.value(of: field)
            Console.out(value.isEmpty ? Console.dim("  " + l.text("label.notYet")) : value.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
        }
        Console.out()
        Console.out(Console.labelled([("label.decideBy", circle.decideBy.map(l.date) ?? l.text("label.notYet"))], l))
        if let code = campaign.currency { Console.out(l.text("campaign.currency", code)) }
        guard !ideaChanges.isEmpty else { return }
        // People back what they helped shape: who changed the idea, and how.
        Console.out()
        Console.out(Console.bold(l.text("brief.ideaChanges")))
        for change in ideaChanges {
            Console.out("  - " + l.text("why.ideaChange", change.text, change.stakeholder, l.date(change.day)))
        }
    }
}
