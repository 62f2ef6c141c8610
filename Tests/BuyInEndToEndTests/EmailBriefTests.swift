import BuyInTestSupport
import Foundation
import Testing

/// `brief --format email`: the outcome-first summary that pastes into a mail client, and with
/// `--output` a message file that Python's `email` package reads, the pre-read attached if asked.
@Suite struct EmailBriefTests {
    static let reader = """
        import email, email.policy, json, sys
        message = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
        body = message.get_body(('plain',)).get_content()
        attachments = [(part.get_filename(), part.get_content_type(), len(part.get_content())) for part in message.iter_attachments()]
        print(json.dumps({'subject': message['subject'], 'date': message['date'], 'body': body, 'attachments': attachments,
                          'defects': len(message.defects)}))
        """

    @Test(arguments: ["en", "fr"])
    func aShortSummaryAndAMessageAMailClientOpens(language: String) throws {
        let fr = language == "fr"
        let buyin = Buyin(language: language)
        let text = buyin.run(["demo", "--format", "email"], expect: 0).out
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix(fr ? "Objet\u{00A0}: Décision le 3\u{00A0}décembre 2026\u{00A0}: Valider" : "Subject: Decision by December 3, 2026: Approve"), "\(lines[0])")
        let body = lines.dropFirst(2).joined(separator: " ")
        // A figure bound by no-break spaces ("50 000 €") is one word to a reader.
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        #expect(words <= 160, "about 150 words: \(words)")
        for expected in fr ? ["Soutien\u{00A0}: 74\u{202F}% de l’influence", "Hélène Marchand\u{00A0}: Pourquoi maintenant", "Coût\u{00A0}: 50\u{202F}000\u{00A0}€",
                              "Si nous ne faisons rien\u{00A0}:", "— Léa Durand"]
            : ["Support: 74% of the influence", "Hélène Marchand: Why now", "Cost: €50,000", "If we do nothing:", "— Léa Durand"] {
            #expect(text.contains(expected), "\(expected) in \(text)")
        }

        let file = buyin.folder.appendingPathComponent("pre-read.eml").path
        let written = buyin.run(["demo", "--format", "email", "--output", file, "--attach-html"], expect: 0)
        #expect(written.out.isEmpty && written.err.contains(file))
        let raw = try String(contentsOfFile: file, encoding: .utf8)
        #expect(raw.contains("\r\n") && !raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends")
        let read = buyin.run(["-c", Self.reader, file], binary: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(read.code == 0, "\(read.err)")
        let message = try #require(try JSONSerialization.jsonObject(with: Data(read.out.utf8)) as? [String: Any])
        #expect((message["subject"] as? String)?.hasPrefix(fr ? "Décision le 3\u{00A0}décembre 2026\u{00A0}: Valider" : "Decision by December 3, 2026: Approve") == true,
                "\(message["subject"] ?? "")")
        #expect((message["body"] as? String)?.contains(fr ? "est jointe" : "is attached") == true)
        #expect(message["defects"] as? Int == 0)
        let attachments = try #require(message["attachments"] as? [[Any]])
        #expect(attachments.count == 1 && attachments.first?[1] as? String == "text/html" && (attachments.first?[2] as? Int ?? 0) > 10_000,
                "\(attachments)")
        #expect(attachments.first?[0] as? String == (fr ? "note-de-preparation.html" : "pre-read.html"))
    }

    @Test func attachingNeedsAMessageFile() throws {
        let buyin = Buyin.withStakeholder()
        let alone = buyin.run(["brief", "--format", "email", "--attach-html"])
        #expect(alone.code == 64 && alone.errLines.count == 1 && alone.err.contains(".eml"), "\(alone.err)")
        let markdown = buyin.run(["brief", "--attach-html"])
        #expect(markdown.code == 64 && markdown.errLines.count == 1, "\(markdown.err)")
        let plain = buyin.run(["brief", "--format", "email"], expect: 0).out
        #expect(plain.hasPrefix("Subject: Decision needed: Idea"), "\(plain)")
    }
}
