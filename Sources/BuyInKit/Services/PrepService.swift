extension RecordStore {
    /// Everything worth reading before a 1:1 with one person, read in one snapshot. Private
    /// notes and quotes only when `includePrivate` says so.
    public func prepSheet(for query: String, in ref: CampaignRef, today: Day, includePrivate: Bool) throws -> PrepSheet {
        try read { records in
            let campaign = try records.campaign(ref)
            let campaignID = try campaign.storedID()
            let found = try records.stakeholder(query)
            let personID = try found.storedID()
            let mapped = try records.mappedStakeholders(campaign: campaignID)
            guard let person = mapped.first(where: { $0.id == personID }) else {
                throw BuyInError.notMapped(found.name, campaign: campaign.title)
            }
            let meetings = try records.meetingSummaries(campaign: campaignID, stakeholder: personID)
            let theirMeetings = Set(meetings.map(\.id))
            let steps = try records.openFollowUps(campaign: campaignID).filter { $0.meetingId.map(theirMeetings.contains) ?? false }
                .map { PrepSheet.Step(id: $0.id, text: $0.text, due: $0.due, isOverdue: $0.isOverdue(today: today)) }
            let objections = try records.objectionViews(campaign: campaignID, order: .raised).filter { $0.stakeholderId == personID }
            var quotes: [PrepSheet.Quote] = [], notes: [PrepSheet.Note] = []
            // The latest few meetings are what the next one builds on; a page, not an archive.
            for meeting in meetings.suffix(PrepSheet.meetingsRecalled).reversed() {
                quotes += try records.quotes(meeting: meeting.id).filter { includePrivate || $0.isShareable }
                    .map { PrepSheet.Quote(text: $0.text, day: meeting.day, isShareable: $0.isShareable) }
                if includePrivate { notes += try records.notes(meeting: meeting.id).map { PrepSheet.Note(text: $0, day: meeting.day) } }
            }
            let department = Vocabulary.fold(person.department)
            let goals = department.isEmpty ? [] : try records.goals(campaign: campaignID).filter { Vocabulary.fold($0.department) == department }
            let links = try records.influences()
            let onMap = Dictionary(mapped.map { ($0.id, $0) }) { first, _ in first }
            let contact = { (id: Int64) throws -> PrepSheet.Contact? in
                if let other = onMap[id] { return PrepSheet.Contact(id: id, name: other.name, stance: other.currentStance) }
                return try records.stakeholder(id: id).map { PrepSheet.Contact(id: id, name: $0.name, stance: nil) }
            }
            let byName = { (a: PrepSheet.Contact, b: PrepSheet.Contact) in Vocabulary.fold(a.name) < Vocabulary.fold(b.name) }
            var sheet = PrepSheet(
                campaignTitle: campaign.title, campaignSlug: campaign.slug, today: today, person: person,
                stanceMoves: PrepSheet.moves(from: person.mappedStance, try records.stanceHistory(campaign: campaignID, meetings: meetings, of: personID)), lastMeeting: meetings.last,
                openSteps: PrepSheet.overdueFirst(steps), objections: PrepSheet.byStatus(objections), quotes: quotes, notes: notes,
                departmentGoals: goals,
                influencedBy: try links.filter { $0.influencedId == personID }.compactMap { try contact($0.influencerId) }.sorted(by: byName),
                influences: try links.filter { $0.influencerId == personID }.compactMap { try contact($0.influencedId) }.sorted(by: byName),
                questions: [], includesPrivate: includePrivate)
            sheet.questions = sheet.questionsToAsk()
            return sheet
        }
    }
}

extension PrepSheet {
    /// How many of their latest meetings the sheet quotes (and recalls the notes of).
    static let meetingsRecalled = 5

    /// The stance as first noted, then each different one after a meeting or noted since, in order.
    static func moves(from mapped: Stance?, _ history: [StanceEvent]) -> [Stance] {
        var moves: [Stance] = mapped.map { [$0] } ?? []
        for event in history {
            for stance in [moves.isEmpty ? event.before : nil, event.after].compactMap({ $0 }) where stance != moves.last {
                moves.append(stance)
            }
        }
        return moves
    }

    /// Overdue first, then by due date, undated last; the order they were agreed otherwise.
    static func overdueFirst(_ steps: [Step]) -> [Step] {
        steps.enumerated().sorted { a, b in
            if a.element.isOverdue != b.element.isOverdue { return a.element.isOverdue }
            switch (a.element.due, b.element.due) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Open first, then answered and waiting for their word, answered and confirmed, accepted,
    /// resolved; oldest first within each.
    static func byStatus(_ objections: [ObjectionView]) -> [ObjectionView] {
        let waiting = { (o: ObjectionView) in o.status == .answered && !o.isConfirmed }
        return objections.filter { $0.status == .open } + objections.filter(waiting)
            + objections.filter { $0.status == .answered && $0.isConfirmed }
            + [ObjectionStatus.accepted, .resolved].flatMap { status in objections.filter { $0.status == status } }
    }

    /// What to ask, from what is still open: the stance still short of the one needed, each
    /// open objection, each answer not yet confirmed, each overdue step, each KPI of theirs.
    func questionsToAsk() -> [Question] {
        var questions: [Question] = []
        if let target = person.targetStance, (person.currentStance?.score ?? Stance.neutral.score) < target.score {
            questions.append(Question(kind: .stance, subject: "", target: target))
        }
        for objection in objections where objection.status == .open {
            questions.append(Question(kind: .openObjection, subject: objection.text, target: nil))
        }
        for objection in objections where objection.status == .answered && !objection.isConfirmed {
            questions.append(Question(kind: .unconfirmedAnswer, subject: objection.text, target: nil))
        }
        for step in openSteps where step.isOverdue {
            questions.append(Question(kind: .overdueStep, subject: step.text, target: nil))
        }
        for goal in departmentGoals {
            questions.append(Question(kind: .departmentGoal, subject: goal.kpi.isEmpty ? goal.text : goal.kpi, target: nil))
        }
        return questions
    }
}
