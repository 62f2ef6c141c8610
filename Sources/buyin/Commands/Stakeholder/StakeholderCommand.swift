import ArgumentParser
import BuyInKit

/// `buyin stakeholder add|list|show|edit|remove|delete|merge|map`: the people who are affected or can block.
struct StakeholderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .buyin("stakeholder", subcommands: [StakeholderAdd.self, StakeholderList.self, StakeholderShow.self, StakeholderEdit.self,
                                            StakeholderRemove.self, StakeholderDelete.self, StakeholderMerge.self, StakeholderMap.self,
                                            StakeholderLink.self, StakeholderUnlink.self, StakeholderPath.self])
    }
}

/// Who a stakeholder is and how much they matter, as flags (`add` and `edit` share them).
struct StakeholderFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.role"), valueName: L.text("value.text")))
    var role: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.department"), valueName: L.text("value.text")))
    var department: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.influence"), valueName: "1-5"))
    var influence: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.interest"), valueName: "1-5"))
    var interest: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.targetStance"), valueName: L.text("value.stance")))
    var target: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.email"), valueName: L.text("value.text")))
    var email: String?

    static func score(_ field: String, _ text: String?) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text.trimmed), (1...5).contains(value) else { throw BuyInError.invalidScore(field: field, value: text) }
        return value
    }

    var change: StakeholderChange {
        get throws {
            var change = StakeholderChange()
            change.role = role?.trimmed
            change.department = department?.trimmed
            change.email = email?.trimmed
            change.influence = try Self.score("influence", influence)
            change.interest = try Self.score("interest", interest)
            change.targetStance = try target.map(Stance.parse)
            return change
        }
    }
}

struct StakeholderAdd: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.add") }
    @Argument(help: ArgumentHelp(L.text("help.argument.name"), valueName: L.text("value.name")))
    var name: String
    @OptionGroup var fields: StakeholderFields
    /// Where they stand as the campaign starts with them: the start of their history.
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.stance"), valueName: L.text("value.stance")))
    var stance: String?
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        var change = try fields.change
        change.initialStance = try stance.map(Stance.parse)
        let person = Stakeholder(name: name, role: change.role ?? "", department: change.department ?? "", email: change.email ?? "",
                                 influence: change.influence ?? 3, interest: change.interest ?? 3)
        let (saved, wasKnown) = try context.store().addStakeholder(person, in: context.campaign,
                                                                   target: change.targetStance, stance: change.initialStance)
        Console.out(context.l.text(wasKnown ? "stakeholder.mapped" : "stakeholder.added", saved.name, String(try saved.storedID())))
    }
}

struct StakeholderList: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.list") }
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.everyone")))
    var all = false
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.currentStance"), valueName: L.text("value.stance")))
    var stance: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.inDepartment"), valueName: L.text("value.text")))
    var department: String?
    @OptionGroup var output: ListOutput
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let store = try context.store()
        let l = context.l
        if all {
            let people = try store.allStakeholders()
            return try Listing.print(people, output: output, empty: l.text("stakeholder.none"),
                                     headings: [l.text("column.number"), l.text("column.name"), l.text("column.role"), l.text("column.department"),
                                                l.text("column.influence"), l.text("column.interest")]) { person in
                [person.id.map(String.init) ?? "", person.name, person.role, person.department, String(person.influence), String(person.interest)]
            }
        }
        let people = try store.mappedStakeholders(in: context.campaign, stance: stance.map(Stance.parse), department: department)
        let empty = try Listing.emptyLine(l, noun: "stakeholder", filtered: stance != nil || department != nil) {
            try store.mappedStakeholders(in: context.campaign, stance: nil, department: nil).count
        }
        try Listing.print(people, output: output, empty: empty,
                          headings: [l.text("column.number"), l.text("column.name"), l.text("column.role"), l.text("column.influence"),
                                     l.text("column.stanceNow"), l.text("column.stanceTarget"), l.text("column.meetings")]) { person in
            [String(person.id), person.name, [person.role, person.department].filter { !$0.isEmpty }.joined(separator: ", "),
             String(person.influence), person.currentStance?.word(l) ?? "—", person.targetStance?.word(l) ?? "—",
             String(person.meetingCount)]
        }
    }
}

struct StakeholderShow: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.show") }
    @Argument(help: ArgumentHelp(L.text("help.argument.stakeholder"), valueName: L.text("value.name")))
    var name: String
    @OptionGroup var json: JSONOption
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let story = try context.store().story(of: name)
        if json.json { return try Console.json(story) }
        let l = context.l
        let person = story.stakeholder
        Console.out(Console.bold(person.name) + Console.dim(" (" + l.text("record.number", String(try person.storedID())) + ")"))
        for (label, value) in [("column.role", person.role), ("column.department", person.department), ("column.email", person.email)] where !value.isEmpty {
            Console.out(Console.labelled([(label, value)], l))
        }
        Console.out(Console.labelled([("column.influence", String(person.influence)), ("column.interest", String(person.interest))], l))
        let influence = story.influence
        if !influence.influencedBy.isEmpty {
            Console.out(Console.labelled([("label.influencedBy", Announcement.list(influence.influencedBy, l))], l))
        }
        if !influence.influences.isEmpty {
            Console.out(Console.labelled([("label.influences", Announcement.list(influence.influences, l))], l))
        }
        guard !story.chapters.isEmpty else { return Console.out("\n" + l.text("story.none", person.name)) }
        let stances = l.words(Stance.self)
        for chapter in story.chapters {
            Console.out()
            var facts = [("column.stanceNow", chapter.currentStance.flatMap { stances[$0] } ?? "—"),
                         ("column.stanceTarget", chapter.targetStance.flatMap { stances[$0] } ?? "—")]
            if let part = DecisionPart.text(role: chapter.decisionRole, veto: chapter.hasVeto, l) { facts.append(("label.decisionRole", part)) }
            Console.out(Console.bold(chapter.title) + Console.dim(" (\(chapter.slug))") + " · " + Console.labelled(facts, l))
            for event in chapter.events { StoryLine.print(event, stances, l) }
        }
    }
}

/// One event of a person's story: its date and what happened, the meeting's words beneath.
enum StoryLine {
    static func print(_ event: TimelineEvent, _ stances: [Stance: String], _ l: Localizer) {
        let id = String(event.id)
        let line: String
        switch event.kind {
        case .meeting: line = l.text("story.meeting", id, MeetingTable.stanceMove(event.stanceBefore, event.stanceAfter, stances))
        case .objection: line = l.text("story.objection", id, event.objectionStatus?.word(l) ?? "", event.text)
        case .win: line = l.text("story.win", id, event.text)
        case .nextStep: line = event.due.map { l.text("story.nextStepDue", id, l.date($0), event.text) } ?? l.text("story.nextStep", id, event.text)
        case .stance: line = l.text("story.stance", event.stanceAfter.flatMap { stances[$0] } ?? "—")
        }
        Console.out("  " + Console.dim(l.date(event.day)) + " · " + line)
        if event.kind == .meeting {
            if !event.text.isEmpty { Console.out("    " + event.text) }
            if !event.outcome.isEmpty { Console.out("    " + Console.labelled([("label.outcome", event.outcome)], l)) }
        } else if event.kind == .objection, !event.outcome.isEmpty {
            Console.out("    " + event.outcome)
        }
    }
}

struct StakeholderEdit: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.edit") }
    @Argument(help: ArgumentHelp(L.text("help.argument.stakeholder"), valueName: L.text("value.name")))
    var name: String
    @Option(name: .customLong("name"), help: ArgumentHelp(L.text("help.option.rename"), valueName: L.text("value.name")))
    var newName: String?
    @OptionGroup var fields: StakeholderFields
    @Option(name: .customLong("decision-role"), help: ArgumentHelp(L.text("help.option.decisionRole"), valueName: L.text("value.decisionRole")))
    var decisionRole: String?
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(L.text("help.option.veto")))
    var veto: Bool?
    @Flag(name: .customLong("no-decision-role"), help: ArgumentHelp(L.text("help.option.noDecisionRole")))
    var noDecisionRole = false
    @Flag(name: .customLong("shared-approval"), help: ArgumentHelp(L.text("help.option.sharedApproval")))
    var sharedApproval = false
    /// Where they stand now, after a conversation outside a 1:1: a dated step of their history.
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.stanceNow"), valueName: L.text("value.stance")))
    var stance: String?
    @Option(name: .long, help: ArgumentHelp(L.text("help.option.stanceDate"), valueName: L.text("value.date")))
    var date: String?
    /// Where they stood when the campaign started with them (what `add --stance` sets).
    @Option(name: .customLong("initial-stance"), help: ArgumentHelp(L.text("help.option.initialStance"), valueName: L.text("value.stance")))
    var initialStance: String?
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        var change = try fields.change
        change.name = newName
        change.initialStance = try initialStance.map(Stance.parse)
        change.currentStance = try stance.map(Stance.parse)
        if date != nil && stance == nil { throw BuyInError.missingValue(field: "stanceForDate") }
        change.stanceDay = try context.day(date) ?? context.today
        if noDecisionRole && decisionRole != nil { throw BuyInError.conflictingOptions("--decision-role", "--no-decision-role") }
        change.decisionRole = try decisionRole.map(DecisionRole.parse)
        change.clearsDecisionRole = noDecisionRole
        change.hasVeto = veto
        change.sharesApproval = sharedApproval
        let (saved, noted) = try context.store().editStakeholder(name, in: context.campaign, change)
        let l = context.l
        var others = change
        (others.currentStance, others.stanceDay) = (nil, nil)
        // A stance alone is said by its own line.
        if noted == nil || others != StakeholderChange() { Console.out(l.text("stakeholder.updated", saved.name, String(try saved.storedID()))) }
        guard let noted else { return }
        let stances = l.words(Stance.self)
        if noted.isRecorded {
            let was = noted.was.flatMap { stances[$0] } ?? l.text("prep.stanceUnknown")
            Console.out(l.text("stakeholder.stanceNoted", saved.name, stances[noted.now] ?? "", l.date(noted.day), was))
        } else {
            Console.out(l.text("stakeholder.stanceSame", saved.name, stances[noted.now] ?? ""))
        }
    }
}

/// `buyin stakeholder remove NAME`: off this campaign's map; their meetings stay on record.
struct StakeholderRemove: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.remove") }
    @Argument(help: ArgumentHelp(L.text("help.argument.stakeholder"), valueName: L.text("value.name")))
    var name: String
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let (person, campaign) = try context.store().removeStakeholder(name, from: context.campaign)
        Console.out(context.l.text("stakeholder.removed", person.name, campaign.title))
    }
}

/// `buyin stakeholder delete NAME`: everywhere, with their meetings. Asks at a terminal; a
/// script says `--yes`; without either nothing is deleted.
struct StakeholderDelete: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.delete") }
    @Argument(help: ArgumentHelp(L.text("help.argument.stakeholder"), valueName: L.text("value.name")))
    var name: String
    @Flag(name: .long, help: ArgumentHelp(L.text("help.option.yes")))
    var yes = false
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let store = try context.store()
        let (person, meetings) = try store.deletionOf(name)
        let l = context.l
        guard try Confirmation.granted(l.text("stakeholder.deleteConfirm", person.name, l.number(meetings)), yes: yes,
                                       deleting: person.name, l) else { return }
        let deleted = try store.deleteStakeholder(id: person.storedID())
        Console.out(l.plural("stakeholder.deleted", count: deleted.meetings, deleted.stakeholder.name))
    }
}

/// `buyin stakeholder merge DUPLICATE INTO`: one person again, with everything both had.
struct StakeholderMerge: BuyInCommand {
    static var configuration: CommandConfiguration { .buyin("stakeholder.merge") }
    @Argument(help: ArgumentHelp(L.text("help.argument.mergeFrom"), valueName: L.text("value.name")))
    var duplicate: String
    @Argument(help: ArgumentHelp(L.text("help.argument.mergeInto"), valueName: L.text("value.name")))
    var kept: String
    @OptionGroup var global: GlobalOptions

    func run(_ context: Context) throws {
        let merged = try context.store().mergeStakeholder(duplicate, into: kept)
        Console.out(context.l.plural("stakeholder.merged", count: merged.meetings, merged.duplicate.name, merged.kept.name))
    }
}
