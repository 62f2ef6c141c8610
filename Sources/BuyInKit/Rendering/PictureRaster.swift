import Foundation

/// Draws one of the pre-read's SVG pictures into a PNG, for the Word readers that cannot draw
/// SVG (LibreOffice among them). It reads only what `brief.pictures.html.mustache` and
/// `brief.trends.html.mustache` write — rectangles, lines (dashed, with an arrowhead), circles,
/// paths of straight lines and arcs, polylines and text — styled by the `svg` rules of the
/// pre-read's stylesheet; anything else is left out.
enum PictureRaster {
    /// Pixels for each unit of the picture's view box: twice, so that it stays sharp in print.
    static let scale = 2.0

    static func png(of picture: WordPictures.Picture, style: String) throws -> Data {
        var canvas = Canvas(width: Int(picture.width * scale), height: Int(picture.height * scale))
        let font = try PictureFont.load()
        let rules = StyleRule.parse(style)
        for element in elements(of: picture.svg) {
            draw(element, rules: rules, font: font, on: &canvas)
        }
        return try canvas.png()
    }

    struct Element {
        let name: String
        let attributes: [String: String]
        let text: String
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
        func number(_ key: String) -> Double { attributes[key].flatMap { Double($0) } ?? 0 }
    }

    /// The drawn elements in document order; what sits in `<defs>`, `<title>` and `<desc>` is not drawn.
    static func elements(of svg: String) -> [Element] {
        var source = svg
        for name in ["defs", "title", "desc", "style"] {
            while let open = source.range(of: "<" + name), let close = source.range(of: "</" + name + ">", range: open.upperBound..<source.endIndex) {
                source.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var found: [Element] = []
        var rest = source[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            let name = String(tag.prefix { $0.isLetter })
            guard ["rect", "line", "circle", "path", "polyline", "text"].contains(name) else { continue }
            var text = ""
            if name == "text", let end = rest.range(of: "</text>") {
                text = unescaped(String(rest[..<end.lowerBound]))
                rest = rest[end.upperBound...]
            }
            found.append(Element(name: name, attributes: attributes(String(tag.dropFirst(name.count))), text: text))
        }
        return found
    }

    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text[...]
        while let equals = rest.range(of: "=\"") {
            let key = rest[..<equals.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            guard let end = rest[equals.upperBound...].firstIndex(of: "\"") else { break }
            result[key] = unescaped(String(rest[equals.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func draw(_ element: Element, rules: [StyleRule], font: PictureFont, on canvas: inout Canvas) {
        let style = StyleRule.computed(for: element, rules)
        let fill = style["fill"].map(colour) ?? Canvas.Colour(red: 0, green: 0, blue: 0)
        let stroke = style["stroke"].flatMap(colour)
        let lineWidth = (style["stroke-width"].flatMap { Double($0) } ?? 1) * scale
        let dashes = (style["stroke-dasharray"] ?? "").split(separator: " ").compactMap { Double($0) }.map { $0 * scale }
        func point(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (x * scale, y * scale) }
        func outline(_ points: [(x: Double, y: Double)], closed: Bool) {
            guard let stroke else { return }
            for i in 0..<(closed ? points.count : points.count - 1) where points.count > 1 {
                canvas.line(from: points[i], to: points[(i + 1) % points.count], lineWidth: lineWidth, stroke, dashes: dashes)
            }
        }
        let e = element
        switch e.name {
        case "rect":
            let x = e.number("x"), y = e.number("y"), w = e.number("width"), h = e.number("height")
            let corners = [point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)]
            if let fill { canvas.fill(corners, fill) }
            outline(corners, closed: true)
        case "circle":
            let points = (0..<48).map { i -> (x: Double, y: Double) in
                let angle = Double(i) / 48 * 2 * .pi
                return point(e.number("cx") + e.number("r") * cos(angle), e.number("cy") + e.number("r") * sin(angle))
            }
            if let fill { canvas.fill(points, fill) }
            outline(points, closed: true)
        case "line":
            let from = point(e.number("x1"), e.number("y1")), to = point(e.number("x2"), e.number("y2"))
            if let stroke {
                canvas.line(from: from, to: to, lineWidth: lineWidth, stroke, dashes: dashes)
                if e.attributes["marker-end"] != nil { arrowhead(at: to, from: from, size: 3.5 * lineWidth, stroke, on: &canvas) }
            }
        case "polyline":
            let numbers = (e.attributes["points"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            let points = stride(from: 0, to: numbers.count - 1, by: 2).map { point(numbers[$0], numbers[$0 + 1]) }
            if let fill, points.count > 2 { canvas.fill(points, fill) }
            outline(points, closed: false)
        case "path":
            let points = PathShape.points(e.attributes["d"] ?? "").map { point($0.x, $0.y) }
            if let fill { canvas.fill(points, fill) }
            outline(points, closed: true)
        case "text":
            let fontSize = (style["font-size"] ?? "12px").replacingOccurrences(of: "px", with: "")
            let glyphScale = (Double(fontSize) ?? 12) * scale / Double(font.size)
            let text = style["text-transform"] == "uppercase" ? e.text.uppercased() : e.text
            let width = font.width(of: text, scale: glyphScale)
            let shift = e.attributes["text-anchor"] == "middle" ? -width / 2 : e.attributes["text-anchor"] == "end" ? -width : 0
            let at = point(e.number("x") + e.number("dx"), e.number("y"))
            let upright = (e.attributes["transform"] ?? "").hasPrefix("rotate(-90")
            canvas.write(text, x: at.x + (upright ? 0 : shift), y: at.y - (upright ? shift : 0), font: font, scale: glyphScale,
                         fill ?? Canvas.Colour(red: 0, green: 0, blue: 0), upright: upright)
        default:
            break
        }
    }

    static func arrowhead(at tip: (x: Double, y: Double), from: (x: Double, y: Double), size: Double, _ colour: Canvas.Colour, on canvas: inout Canvas) {
        let length = hypot(tip.x - from.x, tip.y - from.y)
        guard length > 0 else { return }
        let ux = (tip.x - from.x) / length, uy = (tip.y - from.y) / length
        let base = (x: tip.x - ux * size, y: tip.y - uy * size)
        canvas.fill([tip, (base.x - uy * size / 2, base.y + ux * size / 2), (base.x + uy * size / 2, base.y - ux * size / 2)], colour)
    }

    /// `#rgb` or `#rrggbb`; nil for `none` or anything else.
    static func colour(_ text: String) -> Canvas.Colour? {
        var hex = text.trimmed
        guard hex.hasPrefix("#") else { return hex == "white" ? Canvas.Colour(red: 255, green: 255, blue: 255) : nil }
        hex.removeFirst()
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        return Canvas.Colour(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }
}

/// One `svg …` rule of the stylesheet: an element name or classes, and its declarations.
struct StyleRule {
    let element: String?
    let classes: [String]
    let declarations: [(String, String)]

    static func parse(_ css: String) -> [StyleRule] {
        var rules: [StyleRule] = []
        var rest = css[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let selector = rest[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
            let body = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let declarations = body.split(separator: ";").compactMap { declaration -> (String, String)? in
                let pair = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return pair.count == 2 ? (pair[0], pair[1]) : nil
            }
            // `svg .mid, svg .row { … }`: one rule for each selector.
            for one in selector.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where one.hasPrefix("svg ") {
                let parts = one.dropFirst(4).trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                rules.append(StyleRule(element: parts[0].isEmpty ? nil : parts[0], classes: Array(parts.dropFirst()), declarations: declarations))
            }
        }
        return rules
    }

    /// The declarations that apply to an element, later rules over earlier ones (the
    /// stylesheet lists its more particular rules after the general ones).
    static func computed(for element: PictureRaster.Element, _ rules: [StyleRule]) -> [String: String] {
        var style: [String: String] = [:]
        let classes = Set(element.classes)
        for rule in rules where (rule.element == nil || rule.element == element.name) && classes.isSuperset(of: rule.classes) {
            for (key, value) in rule.declarations { style[key] = value }
        }
        return style
    }
}

/// The outline of a path of straight lines and circular arcs (`M h v l a Z`, either case).
enum PathShape {
    static func points(_ d: String) -> [(x: Double, y: Double)] {
        var tokens: [String] = [], number = ""
        for character in d {
            if character.isLetter {
                if !number.isEmpty { tokens.append(number); number = "" }
                tokens.append(String(character))
            } else if character == " " || character == "," {
                if !number.isEmpty { tokens.append(number); number = "" }
            } else if character == "-" && !number.isEmpty {
                tokens.append(number); number = "-"
            } else {
                number.append(character)
            }
        }
        if !number.isEmpty { tokens.append(number) }
        var points: [(x: Double, y: Double)] = [], x = 0.0, y = 0.0, command = "M", index = 0
        func next() -> Double { defer { index += 1 }; return index < tokens.count ? Double(tokens[index]) ?? 0 : 0 }
        while index < tokens.count {
            if tokens[index].first?.isLetter == true { command = tokens[index]; index += 1; if command.uppercased() == "Z" { continue } }
            let relative = command == command.lowercased()
            switch command.uppercased() {
            case "M", "L":
                let nx = next(), ny = next()
                x = relative ? x + nx : nx; y = relative ? y + ny : ny
                points.append((x, y))
            case "H": let nx = next(); x = relative ? x + nx : nx; points.append((x, y))
            case "V": let ny = next(); y = relative ? y + ny : ny; points.append((x, y))
            case "A":
                let r = next(); _ = next(); _ = next()
                let large = next() != 0, sweep = next() != 0
                let nx = next(), ny = next()
                let end = (x: relative ? x + nx : nx, y: relative ? y + ny : ny)
                points += arc(from: (x, y), to: end, radius: r, large: large, sweep: sweep)
                (x, y) = end
            default:
                index += 1
            }
        }
        return points
    }

    /// A circular arc as short segments, its centre found from its ends (SVG's F.6.5, no rotation).
    static func arc(from a: (x: Double, y: Double), to b: (x: Double, y: Double), radius: Double, large: Bool, sweep: Bool) -> [(x: Double, y: Double)] {
        let dx = (a.x - b.x) / 2, dy = (a.y - b.y) / 2
        let half = hypot(dx, dy)
        guard half > 0 else { return [b] }
        let r = max(radius, half)
        let factor = (large == sweep ? -1.0 : 1.0) * sqrt(max(0, (r * r - half * half) / (half * half)))
        let cx = factor * dy + (a.x + b.x) / 2, cy = -factor * dx + (a.y + b.y) / 2
        let start = atan2(a.y - cy, a.x - cx)
        var sweepAngle = atan2(b.y - cy, b.x - cx) - start
        if sweep && sweepAngle < 0 { sweepAngle += 2 * .pi }
        if !sweep && sweepAngle > 0 { sweepAngle -= 2 * .pi }
        return (1...16).map { step in
            let angle = start + sweepAngle * Double(step) / 16
            return (cx + r * cos(angle), cy + r * sin(angle))
        }
    }
}
