import Foundation
import Mustache
import ZIPFoundation

/// The pre-read as a Word document that buyin writes itself: the body is `brief.docx.mustache`
/// (WordprocessingML rendered from the same data as the other formats), packaged with the parts
/// every `.docx` needs (styles with Word's own heading styles, so the navigation pane and a table
/// of contents work; the footer; the document's properties) in a ZIP by ZIPFoundation.
public enum WordDocument {
    /// Each part of the package: its name in the ZIP, and the bundled file it comes from
    /// (`.mustache` ones are filled with the document's title, language and images).
    static let parts: [(path: String, resource: String)] = [
        ("[Content_Types].xml", "docx/[Content_Types].xml"),
        ("_rels/.rels", "docx/_rels/rels.xml"),
        ("docProps/core.xml", "docx/docProps/core.xml.mustache"),
        ("word/_rels/document.xml.rels", "docx/word/_rels/document.xml.rels.mustache"),
        ("word/styles.xml", "docx/word/styles.xml.mustache"),
        ("word/settings.xml", "docx/word/settings.xml"),
        ("word/footer1.xml", "docx/word/footer1.xml.mustache"),
    ]

    /// Page sizes in twentieths of a point, as `w:pgSz` takes them.
    static func pageSize(paper: String?) -> (width: Int, height: Int) {
        paper?.lowercased() == "letter" ? (12240, 15840) : (11906, 16838)
    }

    /// A picture's file to embed (PNG or SVG) and the relationship id the document names it by.
    struct Image {
        let id: String, file: String, data: Data
    }

    /// The `.docx` bytes for a rendered `word/document.xml`.
    static func package(body: String, briefing: Briefing, images: [Image], _ l: Localizer) throws -> Data {
        _ = BriefRenderer.registerContentTypes
        let view: [String: Any] = [
            "title": briefing.header.title, "author": briefing.header.author, "prepared": briefing.header.prepared.iso,
            "langTag": l.language == .fr ? "fr-FR" : "en-US", "confidential": l.text("brief.confidential"),
            "images": images.map { ["id": $0.id, "file": $0.file] },
        ]
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw BuyInError.internalError("cannot start a Word document in memory: \(error)")
        }
        var files: [(String, Data)] = [("word/document.xml", Data(body.utf8))]
        for part in parts {
            let source = try ResourceLocator.contents("templates/" + part.resource)
            guard part.resource.hasSuffix(".mustache") else { files.append((part.path, source)); continue }
            // XML's escaping (the HTML content type's five characters) for the small parts' plain values.
            let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}" + String(decoding: source, as: UTF8.self))
            files.append((part.path, Data(template.render(view).utf8)))
        }
        files += images.map { ("word/media/" + $0.file, $0.data) }
        // A fixed date: the same pre-read gives the same bytes, whenever it is written.
        let date = Date(timeIntervalSince1970: 315_532_800)
        for (path, data) in files {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let bytes = archive.data else { throw BuyInError.internalError("the Word document's ZIP has no bytes") }
        return bytes
    }
}
