import BuyInTestSupport
import Foundation
import Testing

/// `brief --format docx`: a Word document read back part by part by Python's `zipfile` and XML
/// parser, and opened by LibreOffice as a reader would, converted to a PDF that holds the ask.
@Suite struct WordBriefTests {
    /// Reads a `.docx` with Python: every XML part must parse; prints what a reader would check.
    static let reader = """
        import json, struct, sys, zipfile, xml.etree.ElementTree as ET
        W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        parts = {}
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(('.xml', '.rels', '.svg')):
                parts[name] = ET.fromstring(data)
        body = parts['word/document.xml']
        def text(p): return ''.join(t.text or '' for t in p.iter(W + 't'))
        headings = [(p.find(W + 'pPr/' + W + 'pStyle').get(W + 'val'), text(p)) for p in body.iter(W + 'p')
                    if p.find(W + 'pPr/' + W + 'pStyle') is not None and p.find(W + 'pPr/' + W + 'pStyle').get(W + 'val').startswith('Heading')]
        styles = {s.get(W + 'styleId'): s.find(W + 'pPr/' + W + 'outlineLvl') for s in parts['word/styles.xml'].iter(W + 'style')}
        pngs = [n for n in z.namelist() if n.endswith('.png')]
        for n in pngs:
            data = z.read(n)
            assert data[:8] == bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), n
            width, height = struct.unpack('>II', data[16:24])
            assert width > 500 and height > 200, (n, width, height)
        size = body.find('.//' + W + 'sectPr/' + W + 'pgSz')
        print(json.dumps({
            'headings': headings, 'tables': len(list(body.iter(W + 'tbl'))),
            'drawings': len(list(body.iter(W + 'drawing'))), 'pngs': len(pngs),
            'svgs': len([n for n in z.namelist() if n.endswith('.svg')]),
            'outline': {k: v.get(W + 'val') for k, v in styles.items() if v is not None},
            'page': [size.get(W + 'w'), size.get(W + 'h')],
            'text': ' '.join(text(p) for p in body.iter(W + 'p')),
            'everything': ' '.join(ET.tostring(root, encoding='unicode') for root in parts.values()),
        }))
        """

    static func read(_ buyin: Buyin, _ path: String) throws -> [String: Any] {
        let result = buyin.run(["-c", reader, path], binary: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(result.code == 0, "\(result.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], "\(result.err)")
    }

    /// Every text of the document's parts, SVG pictures included: what the privacy walk searches.
    static func everything(_ buyin: Buyin, _ path: String) throws -> String {
        try read(buyin, path)["everything"] as? String ?? ""
    }

    @Test(arguments: ["en", "fr"])
    func aWordDocumentWithWordsOwnHeadingsTablesAndPictures(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["demo", "--format", "docx", "--output", "demo.docx"], expect: 0)
        let document = try Self.read(buyin, buyin.folder.appendingPathComponent("demo.docx").path)
        let headings = try #require(document["headings"] as? [[String]])
        // The pre-read's sections, as the Markdown pre-read names them, are Word's headings 1, in order.
        let markdown = buyin.run(["demo"], expect: 0).out.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        let level1 = headings.filter { $0[0] == "Heading1" }.map { $0[1] }
        #expect(!markdown.isEmpty && level1 == markdown, "\(level1) vs \(markdown)")
        #expect(level1.first == (language == "fr" ? "La décision" : "The decision"), "the decision page first")
        #expect((document["outline"] as? [String: String]) == ["Heading1": "0", "Heading2": "1", "Heading3": "2"], "the navigation pane's levels")
        #expect((document["tables"] as? Int ?? 0) >= 6, "options, goals, measures, evidence, stakeholders, risks, meetings")
        #expect(document["drawings"] as? Int == 4 && document["pngs"] as? Int == 4 && document["svgs"] as? Int == 4)
        #expect(document["page"] as? [String] == (language == "fr" ? ["11906", "16838"] : ["12240", "15840"]), "A4 in French, Letter in English")
        let text = try #require(document["text"] as? String)
        #expect(text.contains(language == "fr" ? "50\u{202F}000\u{00A0}€" : "€50,000"), "the cost as the reader writes money")

        buyin.run(["demo", "--format", "docx", "--output", "letter.docx", "--paper", language == "fr" ? "letter" : "a4"], expect: 0)
        let other = try Self.read(buyin, buyin.folder.appendingPathComponent("letter.docx").path)
        #expect(other["page"] as? [String] == (language == "fr" ? ["12240", "15840"] : ["11906", "16838"]), "--paper decides")
    }

    static let libreOffice = "/usr/bin/soffice"

    /// Opened and converted by LibreOffice without a complaint, the document reads as a pre-read.
    /// One language after the other: two LibreOffice first starts at once on a fresh install
    /// crashed one of them in CI (each with a profile of its own), before reading any document.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: libreOffice) || ProcessInfo.processInfo.environment["CI"] == "true"),
          .serialized, arguments: ["en", "fr"])
    func libreOfficeOpensItAndItHoldsTheAsk(language: String) throws {
        let buyin = Buyin(language: language)
        buyin.run(["demo", "--format", "docx", "--output", "demo.docx"], expect: 0)
        // A profile of its own: two conversions at once never share LibreOffice's lock.
        let profile = "-env:UserInstallation=file://" + buyin.folder.appendingPathComponent("office-profile").path
        let converted = buyin.run([profile, "--headless", "--convert-to", "pdf", "--outdir", buyin.folder.path,
                                   buyin.folder.appendingPathComponent("demo.docx").path],
                                  binary: URL(fileURLWithPath: Self.libreOffice))
        #expect(converted.code == 0, "\(converted.out)\(converted.err)")
        let pdf = buyin.folder.appendingPathComponent("demo.pdf").path
        let text = DecisionMemoCommandTests.tool(buyin, "/usr/bin/pdftotext", [pdf, "-"]).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let ask = language == "fr" ? "Valider un programme de vente sociale sur 12 mois" : "Approve a 12-month social selling programme"
        #expect(text.contains(ask), "\(text.prefix(600))")
        // The pictures' PNGs carry their words: LibreOffice draws those, not the SVG.
        let pages = DecisionMemoCommandTests.tool(buyin, "/usr/bin/pdfinfo", [pdf]).out
        #expect(pages.contains(language == "fr" ? "(A4)" : "(letter)"), "\(pages)")
    }

    /// A Word document is a file, and buyin's own: refused to a terminal or with a template.
    @Test func itGoesToAFileAndTakesNoTemplate() throws {
        let buyin = Buyin(language: "en")
        let noFile = buyin.run(["demo", "--format", "docx"])
        #expect(noFile.code == 64 && noFile.errLines.count == 1 && noFile.err.contains("--output FILE.docx") && noFile.out.isEmpty, "\(noFile.err)")
        let template = buyin.run(["demo", "--format", "docx", "--output", "x.docx", "--template", "mine.mustache"])
        #expect(template.code == 64 && template.err.contains("--template"), "\(template.err)")
        #expect(!FileManager.default.fileExists(atPath: buyin.folder.appendingPathComponent("x.docx").path))
    }

    /// The PNG of a picture holds its drawing: not a blank stand-in for the SVG.
    @Test func thePicturesPNGsAreDrawn() throws {
        let buyin = Buyin(language: "en")
        buyin.run(["demo", "--format", "docx", "--output", "demo.docx"], expect: 0)
        let script = """
            import sys, zipfile, zlib
            z = zipfile.ZipFile(sys.argv[1])
            for n in sorted(x for x in z.namelist() if x.endswith('.png')):
                data = z.read(n); i = 8; idat = b''
                while i < len(data):
                    length = int.from_bytes(data[i:i+4], 'big'); kind = data[i+4:i+8]
                    if kind == b'IDAT': idat += data[i+8:i+8+length]
                    i += 12 + length
                raw = zlib.decompress(idat)
                print(n, sum(1 for k in range(0, len(raw), 4) if raw[k:k+3] not in (b'\\xff\\xff\\xff',)) )
            """
        let result = buyin.run(["-c", script, buyin.folder.appendingPathComponent("demo.docx").path], binary: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(result.code == 0, "\(result.err)")
        let counts = result.out.split(separator: "\n").compactMap { Int($0.split(separator: " ").last ?? "") }
        #expect(counts.count == 4 && counts.allSatisfy { $0 > 5_000 }, "ink on every picture: \(result.out)")
    }
}
