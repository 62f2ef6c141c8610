import Foundation

/// The pre-read's pictures in a Word document: each inline SVG of the HTML pre-read becomes an
/// SVG file of its own (its styles written into it), drawn with Word's `svgBlip`, with a PNG of
/// the same drawing (`PictureRaster`) for readers that cannot draw SVG.
enum WordPictures {
    struct Picture {
        let title, caption, svg: String
        let width, height: Double
    }

    /// Every `<svg>` of the rendered HTML parts, with its title and caption (`<title>`, `<desc>`).
    static func pictures(inHTML parts: [String]) -> [Picture] {
        var found: [Picture] = []
        for part in parts {
            var rest = part[...]
            while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
                let svg = String(rest[start.lowerBound..<end.upperBound])
                rest = rest[end.upperBound...]
                let box = (between(svg, "viewBox=\"", "\"") ?? "").split(separator: " ").compactMap { Double($0) }
                guard box.count == 4, box[2] > 0, box[3] > 0 else { continue }
                found.append(Picture(title: element("title", in: svg) ?? "", caption: between(svg, "<desc>", "</desc>") ?? "",
                                     svg: svg, width: box[2], height: box[3]))
            }
        }
        return found
    }

    /// The paragraphs that show the pictures (a heading, the drawing, the caption) and the files they embed.
    static func drawings(_ pictures: [Picture]) throws -> (xml: String, images: [WordDocument.Image]) {
        var xml = "", images: [WordDocument.Image] = []
        let style = try stylesheet()
        for (index, picture) in pictures.enumerated() {
            let number = index + 1
            let svg = standalone(picture, style: style)
            let png = try PictureRaster.png(of: picture, style: style)
            images.append(WordDocument.Image(id: "rIdPicture\(number)", file: "picture\(number).png", data: png))
            images.append(WordDocument.Image(id: "rIdPicture\(number)svg", file: "picture\(number).svg", data: Data(svg.utf8)))
            // 16 cm across, in EMU (360,000 to the centimetre), the height in proportion.
            let width = 5_760_000, height = Int(Double(width) * picture.height / picture.width)
            xml += heading(picture.title) + drawing(number: number, title: picture.title, width: width, height: height) + caption(picture.caption)
        }
        return (xml, images)
    }

    static func heading(_ text: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>\n"
    }

    static func caption(_ text: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>\n"
    }

    /// One picture inline in its own centred paragraph: the PNG as the picture, the SVG as
    /// Office's extension to it (`asvg:svgBlip`), which Word and LibreOffice draw instead.
    static func drawing(number: Int, title: String, width: Int, height: Int) -> String {
        """
        <w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">\
        <wp:extent cx="\(width)" cy="\(height)"/><wp:docPr id="\(number)" name="picture\(number)" descr="\(title)"/>\
        <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
        <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
        <pic:nvPicPr><pic:cNvPr id="\(number)" name="picture\(number).png"/><pic:cNvPicPr/></pic:nvPicPr>\
        <pic:blipFill><a:blip r:embed="rIdPicture\(number)"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">\
        <asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rIdPicture\(number)svg"/>\
        </a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
        <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(width)" cy="\(height)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
        </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>

        """
    }

    /// The SVG as a file of its own: its namespace, a size, and the pre-read's picture styles.
    static func standalone(_ picture: Picture, style: String) -> String {
        let opening = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(picture.width))\" height=\"\(Int(picture.height))\" "
        let body = picture.svg.dropFirst("<svg ".count)
        guard let close = body.firstIndex(of: ">") else { return picture.svg }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + opening + body[...close] + "<style>" + style + "</style>" + body[body.index(after: close)...]
    }

    /// The `svg` rules of the pre-read's stylesheet with its colour variables written out: an
    /// SVG file is drawn without the page's `:root`.
    static func stylesheet() throws -> String {
        let css = String(decoding: try ResourceLocator.contents("templates/brief.css"), as: UTF8.self)
        var variables: [(String, String)] = []
        if let root = between(css, ":root {", "}") {
            for declaration in root.split(separator: ";") {
                let pair = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2 { variables.append(("var(\(pair[0]))", pair[1])) }
            }
        }
        var rules = css.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("svg ") }.joined(separator: "\n")
        for (name, value) in variables { rules = rules.replacingOccurrences(of: name, with: value) }
        return rules.replacingOccurrences(of: "font-family: inherit", with: "font-family: Helvetica, Arial, 'DejaVu Sans', sans-serif")
    }

    /// The text of the first element of that name, whatever its attributes.
    static func element(_ name: String, in text: String) -> String? {
        guard let open = text.range(of: "<" + name), let close = text.range(of: ">", range: open.upperBound..<text.endIndex),
              let end = text.range(of: "</" + name + ">", range: close.upperBound..<text.endIndex) else { return nil }
        return String(text[close.upperBound..<end.lowerBound])
    }

    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }
}
