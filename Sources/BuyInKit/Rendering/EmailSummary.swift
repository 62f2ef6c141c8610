import Foundation

/// The pre-read's outcome-first summary as an email (`brief --format email`): a subject with the
/// ask and the decision date, then a short body (about 150 words) that pastes into any mail
/// client; written to a file, an RFC 5322 message, the HTML pre-read attached when asked.
public struct EmailSummary: Sendable, Equatable {
    public var subject: String
    public var body: String

    public init(_ b: Briefing, attached: Bool, _ l: Localizer) {
        let what = b.ask.isEmpty ? b.header.title : b.ask
        let subject = b.header.decideBy.map { l.text("email.subjectBy", l.date($0), what) } ?? l.text("email.subject", what)
        let labelled = { (label: String, value: String) in l.text("format.labelled", l.text(label), value) }
        var lines = [l.text("email.hello"), ""]
        if !b.ask.isEmpty { lines.append(labelled("brief.decisionRequested", b.ask)) }
        if !b.recommendation.isEmpty { lines.append(labelled("brief.recommendation", b.recommendation)) }
        let s = b.stakeholders
        if s.mapped > 0 {
            lines.append(l.text("email.support", l.number(s.influenceWeightedSupport) + l.text("number.percent"), l.number(s.met), l.number(s.mapped)))
        }
        if let objection = b.summary.openObjections.first(where: \.raisedByDecisionOwner) {
            lines.append(l.text("email.ownerObjection", objection.raisedBy ?? "", objection.objection))
        }
        if let option = b.summary.recommendedOption, let cost = option.cost {
            lines.append(labelled("brief.cost", MetricText.value(cost, unit: option.costUnit, l) + " — " + option.text))
        }
        if !b.ifNot.isEmpty { lines.append(labelled("email.ifNothing", b.ifNot)) }
        if let day = b.header.decideBy { lines.append(labelled("brief.decideBy", l.date(day))) }
        lines += ["", l.text(attached ? "email.attached" : "email.fullPreRead")]
        if !b.header.author.isEmpty { lines += ["", "— " + b.header.author] }
        // A person's text may hold characters that act rather than show (`ActiveText`).
        body = ActiveText.droppedFromDocument(lines.joined(separator: "\n"))
        self.subject = ActiveText.droppedFromDocument(subject).replacingOccurrences(of: "\n", with: " ")
    }

    /// What pastes into a mail client: the subject line, then the body.
    public func text(_ l: Localizer) -> String {
        l.text("format.labelled", l.text("email.subjectLabel"), subject) + "\n\n" + body + "\n"
    }

    /// The message as a `.eml` file: CRLF lines, UTF-8 body, the subject as an RFC 2047 word when
    /// it is not ASCII; with `html`, a multipart message carrying the pre-read as an attachment.
    /// It has no From: the mail client fills it in when the draft (`X-Unsent: 1`) is sent.
    public func message(date: Day, html: String?, attachmentName: String) -> String {
        var headers = ["MIME-Version: 1.0", "Date: \(Self.rfc5322(date))", "Subject: \(Self.encodedWord(subject))", "X-Unsent: 1"]
        let text = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", crlf(body), ""]
        guard let html else { return (headers + text).joined(separator: "\r\n") }
        // From the content (FNV-1a), so that the same pre-read gives the same file.
        let boundary = "buyin-" + String((body + html).utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }, radix: 36)
        headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        let encoded = Data(html.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        let parts = ["", "--\(boundary)"] + text + ["--\(boundary)", "Content-Type: text/html; charset=utf-8",
                     "Content-Disposition: attachment; filename=\"\(attachmentName)\"", "Content-Transfer-Encoding: base64", "", encoded,
                     "--\(boundary)--", ""]
        return (headers + parts).joined(separator: "\r\n")
    }

    private func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    /// `=?UTF-8?B?…?=` when the text is not plain ASCII, split so no word passes 75 characters.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) { return text }
        var words: [String] = [], chunk = ""
        for character in text {
            // 45 bytes of UTF-8 make 60 of base64: with the 12 around them, under 75.
            if chunk.utf8.count + character.utf8.count > 45 { words.append(chunk); chunk = "" }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    /// "Fri, 04 Dec 2026 09:00:00 +0000": the day the pre-read was prepared.
    static func rfc5322(_ day: Day) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = day.iso.split(separator: "-").map(String.init)
        return "\(names[day.weekday - 1]), \(parts[2]) \(months[(Int(parts[1]) ?? 1) - 1]) \(parts[0]) 09:00:00 +0000"
    }
}
