/// The prep sheet as template data: every word already in the reader's language, each section
/// present only when it has something to say.
enum PrepView {
    static func make(_ sheet: PrepSheet, _ l: Localizer, _ budget: RenderBudget) -> BriefNode {
        let person = sheet.person
        let node = { (values: [String: Any]) in BriefNode(budget, gathered: values) }
        let stance = { (stance: Stance?) in stance?.word(l) ?? l.text("prep.stanceUnknown") }
        var values: [String: Any] = [
            "lang": l.language.rawValue,
            "title": l.text("prep.title", person.name),
            "subtitle": l.text("prep.subtitle", sheet.campaignTitle, l.date(sheet.today)),
            "colon": l.text("brief.colon"),
            "facts": facts(sheet, l).map { node(["label": l.text($0.label), "value": $0.value, "line": l.text("format.labelled", l.text($0.label), $0.value)]) },
        ]
        if sheet.includesPrivate { values["privateWarning"] = l.text("prep.privateWarning") }
        if let last = sheet.lastMeeting {
            var lastTime: [String: Any] = ["heading": l.text("prep.lastTime", l.date(last.day), last.channel.word(l))]
            if !last.summary.isEmpty { lastTime["summary"] = last.summary }
            if !last.outcome.isEmpty { lastTime["agreed"] = l.text("format.labelled", l.text("prep.agreed"), last.outcome) }
            values["lastTime"] = node(lastTime)
        }
        if !sheet.notes.isEmpty {
            values["notes"] = node(["heading": l.text("prep.notes"), "items": sheet.notes.map { l.text("prep.noteLine", $0.text, l.date($0.day)) }])
        }
        if !sheet.openSteps.isEmpty {
            values["steps"] = node(["heading": l.text("prep.steps"), "items": sheet.openSteps.map { step in
                let when = step.due.map { due in
                    step.isOverdue ? l.text("prep.overdueSince", l.date(due)) : l.text("prep.dueOn", l.date(due))
                } ?? l.text("prep.noDue")
                return node(["text": step.text, "when": when, "overdue": step.isOverdue, "line": l.text("prep.stepLine", step.text, when)])
            }])
        }
        if !sheet.objections.isEmpty {
            values["objections"] = node(["heading": l.text("prep.objections"), "items": sheet.objections.map { objection in
                node(["status": objection.status.word(l), "text": objection.text, "open": objection.status == .open,
                      "response": objection.response.isEmpty ? l.text("prep.noResponse")
                        : l.text("format.labelled", l.text(objection.isConfirmed ? "prep.answerConfirmed" : "prep.answer"), objection.response)])
            }])
        }
        if !sheet.quotes.isEmpty {
            values["quotes"] = node(["heading": l.text("prep.quotes"), "items": sheet.quotes.map { quote in
                node(["text": quote.text, "when": l.date(quote.day), "private": quote.isShareable ? "" : l.text("prep.privateQuote"),
                      "line": l.text(quote.isShareable ? "prep.quoteLine" : "prep.privateQuoteLine", quote.text, l.date(quote.day))])
            }])
        }
        if !sheet.departmentGoals.isEmpty {
            values["goals"] = node(["heading": l.text("prep.goals", person.department), "items": sheet.departmentGoals.map { goal in
                let name = goal.kpi.isEmpty ? goal.text : goal.kpi, numbers = Alignment.range(goal, l)
                return node(["text": name, "numbers": numbers, "line": numbers.isEmpty ? name : l.text("format.labelled", name, numbers)])
            }])
        }
        let contacts = { (label: String, people: [PrepSheet.Contact]) -> BriefNode in
            let named = people.map { l.text("brief.nameWithStance", $0.name, stance($0.stance)) }
            return node(["label": l.text(label), "people": Announcement.list(named, l),
                         "line": l.text("format.labelled", l.text(label), Announcement.list(named, l))])
        }
        if !sheet.influencedBy.isEmpty || !sheet.influences.isEmpty {
            var influence: [String: Any] = ["heading": l.text("prep.influence")]
            if !sheet.influencedBy.isEmpty { influence["by"] = contacts("label.influencedBy", sheet.influencedBy) }
            if !sheet.influences.isEmpty { influence["on"] = contacts("label.influences", sheet.influences) }
            values["influence"] = node(influence)
        }
        values["questionsHeading"] = l.text("prep.questions")
        values["questions"] = sheet.questions.isEmpty ? [l.text("prep.nothingOpen")] : sheet.questions.map { question(of: $0, l) }
        return node(values)
    }

    /// Who they are and where they stand, label and value.
    static func facts(_ sheet: PrepSheet, _ l: Localizer) -> [(label: String, value: String)] {
        let person = sheet.person
        var facts: [(String, String)] = []
        if !person.role.isEmpty { facts.append(("column.role", person.role)) }
        if !person.department.isEmpty { facts.append(("column.department", person.department)) }
        if let part = DecisionPart.text(role: person.decisionRole, veto: person.hasVeto, l) { facts.append(("label.decisionRole", part)) }
        let now = person.currentStance?.word(l) ?? l.text("prep.stanceUnknown")
        facts.append(("prep.stance", person.targetStance.map { l.text("prep.stanceNowNeeded", now, $0.word(l)) } ?? now))
        if sheet.stanceMoves.count > 1 {
            facts.append(("prep.moved", sheet.stanceMoves.map { $0.word(l) }.joined(separator: " → ")))
        }
        facts.append(("prep.lastMet", person.lastMet.map { l.plural("prep.lastMetOn", count: person.meetingCount, l.date($0)) }
                      ?? l.text("prep.neverMet")))
        return facts
    }

    static func question(of question: PrepSheet.Question, _ l: Localizer) -> String {
        switch question.kind {
        case .stance:
            let target = question.target ?? .supporter
            return l.text(target == .champion ? "prep.ask.champion" : target.isSupportive ? "prep.ask.support" : "prep.ask.notBlock")
        case .openObjection: return l.text("prep.ask.openObjection", question.subject)
        case .unconfirmedAnswer: return l.text("prep.ask.unconfirmed", question.subject)
        case .overdueStep: return l.text("prep.ask.overdueStep", question.subject)
        case .departmentGoal: return l.text("prep.ask.goal", question.subject)
        }
    }
}
