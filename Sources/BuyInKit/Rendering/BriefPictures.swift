import Foundation

/// Where each person sits in the pre-read's two pictures, as numbers a template draws with
/// inline SVG: the templates hold the drawing and the words, this file only the geometry.
public enum BriefPictures {
    /// The power/interest grid's size in SVG units, and the inner plot area.
    static let gridWidth = 640.0, gridHeight = 440.0
    static let plotLeft = 70.0, plotRight = 600.0, plotTop = 30.0, plotBottom = 370.0

    /// The grid: interest across (1–5), influence up (1–5). A person is drawn where they stand
    /// now, nudged left or right by their stance; an arrow comes from where their first stance
    /// put them. People on the same square are stacked so that no name hides another.
    static func grid(_ people: [Briefing.Person], _ l: Localizer, _ budget: RenderBudget) -> [BriefNode] {
        var inCell: [String: Int] = [:]
        for person in people { inCell["\(person.interest)-\(person.influence)", default: 0] += 1 }
        var taken: [String: Int] = [:]
        return people.compactMap { person in
            let cell = "\(person.interest)-\(person.influence)"
            let stack = taken[cell, default: 0], count = inCell[cell]!
            taken[cell] = stack + 1
            let baseX = x(interest: person.interest), cellY = y(influence: person.influence)
            // At most three people share a square, the others are counted ("+5"), so that the
            // picture stays inside its square; the table below names everyone.
            guard count <= maxPerSquare || stack < maxPerSquare - 1 else {
                guard stack == maxPerSquare - 1 else { return nil }
                return BriefNode(budget, ["more": l.text("brief.gridMore", l.number(count - maxPerSquare + 1)),
                                  "labelX": format(baseX), "labelY": format(cellY + stackOffset(stack, influence: person.influence) + 4)])
            }
            let baseY = cellY + stackOffset(stack, influence: person.influence)
            let now = person.currentStance, first = person.meetings > 0 ? person.firstStance : nil
            let nowX = baseX + nudge(now), firstX = baseX + nudge(first)
            let moved = first != nil && now != nil && first != now
            return BriefNode(budget, [
                "name": person.name, "now": now?.word(l) ?? "—", "first": first?.word(l) ?? "—",
                "cx": format(nowX), "cy": format(baseY),
                "fromX": format(firstX), "toX": format(nowX + (nowX > firstX ? -6 : 6)),
                "hasArrow": moved,
                // Alone in a square, a name sits above the marker in odd columns of interest and
                // below it in even ones, so that neighbours' names never run into each other;
                // people sharing a square are stacked, each name to the right of its marker.
                // (to its left in the rightmost column, so that it stays inside the picture).
                "labelX": format(count == 1 ? nowX : person.interest >= 5 ? nowX - 10 : nowX + 10),
                "labelY": format(count > 1 ? baseY + 4 : person.interest % 2 == 1 ? baseY - 11 : baseY + 19),
                "anchor": count == 1 ? "middle" : person.interest >= 5 ? "end" : "start", "more": "",
                "marker": marker(now, x: nowX, y: baseY),
                "stanceKey": now.map(key) ?? "unknown",
            ])
        }
    }

    static let maxPerSquare = 3

    /// Where the n-th person of a square sits from its centre, 24 units apart: downwards in
    /// the upper rows, upwards in the lower ones, away from the quadrants' names at the edges.
    static func stackOffset(_ index: Int, influence: Int) -> Double {
        Double(index) * 24 * (influence >= 3 ? 1 : -1)
    }

    /// The key below the grid: each stance's marker and word, in a row.
    static func legend(_ l: Localizer, _ budget: RenderBudget) -> [BriefNode] {
        Stance.allCases.reversed().enumerated().map { index, stance in
            let x = plotLeft + Double(index) * 110, y = gridHeight - 10
            return BriefNode(budget, ["stanceKey": key(stance), "word": stance.word(l), "marker": marker(stance, x: x, y: y - 4),
                              "textX": format(x + 12), "textY": format(y)])
        }
    }

    static func midY() -> Double { (plotTop + plotBottom) / 2 }

    /// Lines that divide the grid into its four quadrants, and where each quadrant's name goes.
    static func gridFrame(_ budget: RenderBudget) -> BriefNode {
        let midX = (plotLeft + plotRight) / 2, midY = (plotTop + plotBottom) / 2
        return BriefNode(budget, [
            "width": format(gridWidth), "height": format(gridHeight),
            "left": format(plotLeft), "right": format(plotRight), "top": format(plotTop), "bottom": format(plotBottom),
            "midX": format(midX), "midY": format(midY),
            "plotWidth": format(plotRight - plotLeft), "plotHeight": format(plotBottom - plotTop),
            "axisX": format(midX), "axisXY": format(plotBottom + 28), "axisYX": format(plotLeft - 40), "axisYY": format(midY),
            "quadrantLeftX": format(plotLeft + 8), "quadrantRightX": format(plotRight - 8),
            "quadrantTopY": format(plotTop + 16), "quadrantBottomY": format(plotBottom - 8),
        ])
    }

    /// The slope chart: each key person's stance at their first meeting (left) and now (right).
    /// Key people are those met, the most influential first, at most eight.
    static func slopes(_ people: [Briefing.Person], _ l: Localizer, _ budget: RenderBudget) -> [BriefNode] {
        let keyPeople = people.filter { $0.meetings > 0 && $0.firstStance != nil && $0.currentStance != nil }
            .sorted { $0.influence > $1.influence }.prefix(8)
        var labelsAt: [Int: Int] = [:]
        return keyPeople.map { person in
            let first = person.firstStance!, now = person.currentStance!
            let row = labelsAt[now.score, default: 0]
            labelsAt[now.score] = row + 1
            return BriefNode(budget, [
                "name": person.name, "first": first.word(l), "now": now.word(l),
                "x1": format(slopeLeft), "x2": format(slopeRight), "labelX": format(slopeRight + 10),
                "y1": format(slopeY(first)), "y2": format(slopeY(now)), "labelY": format(slopeY(now) + 4 + Double(row) * 13),
                "stanceKey": key(now), "up": now.score > first.score, "down": now.score < first.score,
            ])
        }
    }

    /// The slope chart's frame: its two columns and a row per stance, champion at the top.
    static let slopeLeft = 190.0, slopeRight = 420.0, slopeHeight = 320.0
    static func slopeFrame(_ l: Localizer, _ budget: RenderBudget) -> BriefNode {
        BriefNode(budget, [
            "width": format(gridWidth), "left": format(slopeLeft), "right": format(slopeRight), "height": format(slopeHeight),
            "labelLeftX": format(slopeLeft - 10), "labelRightX": format(slopeRight + 10), "headY": "24",
            "rows": Stance.allCases.map { BriefNode(budget, ["y": format(slopeY($0)), "textY": format(slopeY($0) + 4), "stance": $0.word(l)]) },
        ])
    }

    static func slopeY(_ stance: Stance) -> Double { 50 + Double(2 - stance.score) * 55 }

    static func x(interest: Int) -> Double { plotLeft + share(interest) * (plotRight - plotLeft) }
    static func y(influence: Int) -> Double { plotBottom - share(influence) * (plotBottom - plotTop) }

    /// Where a score of 1–5 falls across the plot: 4 and 5 are high, so the middle line (at
    /// half) sits between 3 and 4, well clear of both, and no one is drawn on it.
    static func share(_ score: Int) -> Double {
        [0.08, 0.22, 0.36, 0.66, 0.9][min(max(score, 1), 5) - 1]
    }

    /// Up to 24 units left for hostile, right for champion, so that a move shows as an arrow.
    static func nudge(_ stance: Stance?) -> Double { Double(stance?.score ?? 0) * 12 }

    /// A shape per kind of stance, so the picture reads in grey-scale too: a circle for support,
    /// a square for neutral or unknown, a diamond for opposition.
    static func marker(_ stance: Stance?, x: Double, y: Double) -> String {
        let r = 6.0
        switch stance?.score ?? 0 {
        case 1...: return "M\(format(x - r)) \(format(y))a\(format(r)) \(format(r)) 0 1 0 \(format(2 * r)) 0a\(format(r)) \(format(r)) 0 1 0 \(format(-2 * r)) 0Z"
        case 0: return "M\(format(x - r)) \(format(y - r))h\(format(2 * r))v\(format(2 * r))h\(format(-2 * r))Z"
        default: return "M\(format(x)) \(format(y - r - 1))l\(format(r + 1)) \(format(r + 1))l\(format(-r - 1)) \(format(r + 1))l\(format(-r - 1)) \(format(-r - 1))Z"
        }
    }

    /// The stance's stable name, used as a CSS class (`st-skeptic`).
    static func key(_ stance: Stance) -> String { stance.rawValue }

    /// One decimal at most, with a dot whatever the language: these are coordinates, not prose.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10, rest = abs(Int(tenths)) % 10
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return rest == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(rest)"
    }

    /// The influence network: the people in a link (the most influential 16 at most) on a
    /// circle, coloured by stance, an arrow from each influencer to whom they sway.
    static let networkSize = 640.0, networkRadius = 170.0, networkCentreY = 240.0
    static func network(_ people: [Briefing.Person], _ links: [Briefing.InfluenceRow], _ l: Localizer, _ budget: RenderBudget) -> BriefNode {
        let linked = Set(links.flatMap { [$0.from, $0.to] })
        let shown = Array(people.filter { linked.contains($0.name) }.prefix(16))
        let centre = networkSize / 2
        var at: [String: (x: Double, y: Double, angle: Double)] = [:]
        for (index, person) in shown.enumerated() {
            // From the top, clockwise: the most influential first.
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(shown.count, 1))
            at[person.name] = (centre + networkRadius * cos(angle), networkCentreY + networkRadius * sin(angle), angle)
        }
        let nodes = shown.map { person -> BriefNode in
            let spot = at[person.name]!
            let labelX = spot.x + 16 * cos(spot.angle), labelY = spot.y + 16 * sin(spot.angle) + 4
            return BriefNode(budget, ["name": person.name, "now": person.currentStance?.word(l) ?? "—",
                                      "cx": format(spot.x), "cy": format(spot.y), "labelX": format(labelX), "labelY": format(labelY),
                                      "anchor": abs(cos(spot.angle)) < 0.2 ? "middle" : cos(spot.angle) > 0 ? "start" : "end",
                                      "stanceKey": person.currentStance.map(key) ?? "unknown"])
        }
        let edges = links.compactMap { link -> BriefNode? in
            guard let from = at[link.from], let to = at[link.to] else { return nil }
            // From edge to edge of the two dots, so that the arrowhead stays visible.
            let dx = to.x - from.x, dy = to.y - from.y, length = max((dx * dx + dy * dy).squareRoot(), 1)
            let (ux, uy) = (dx / length, dy / length)
            return BriefNode(budget, ["x1": format(from.x + 9 * ux), "y1": format(from.y + 9 * uy),
                                      "x2": format(to.x - 11 * ux), "y2": format(to.y - 11 * uy), "from": link.from, "to": link.to])
        }
        return BriefNode(budget, ["width": format(networkSize), "height": format(2 * networkCentreY), "nodes": nodes, "edges": edges,
                                  "more": shown.count < linked.count ? l.text("brief.gridMore", l.number(linked.count - shown.count)) : ""])
    }

    /// The support trend: a line of influence-weighted support (0–100 %) by week.
    static let trendLeft = 60.0, trendRight = 600.0, trendTop = 20.0, trendBottom = 200.0
    static func trend(_ weeks: [Briefing.WeekSupport], _ l: Localizer, _ budget: RenderBudget) -> BriefNode {
        let step = weeks.count > 1 ? (trendRight - trendLeft) / Double(weeks.count - 1) : 0
        let y = { (share: Int) in trendBottom - Double(share) / 100 * (trendBottom - trendTop) }
        let points = weeks.enumerated().map { "\(format(trendLeft + Double($0.offset) * step)),\(format(y($0.element.support)))" }
        let last = weeks.last
        return BriefNode(budget, [
            "width": "640", "height": "240", "left": format(trendLeft), "right": format(trendRight), "points": points.joined(separator: " "),
            "rows": [0, 50, 100].map { BriefNode(budget, ["y": format(y($0)), "textY": format(y($0) + 4), "label": l.number($0) + l.text("number.percent")]) },
            "firstWeek": weeks.first.map { l.date($0.weekEnding) } ?? "", "lastWeek": last.map { l.date($0.weekEnding) } ?? "",
            "axisY": format(trendBottom + 22), "lastX": format(trendRight), "lastY": format(y(last?.support ?? 0) - 8),
            "lastValue": last.map { l.number($0.support) + l.text("number.percent") } ?? "",
        ])
    }
}
