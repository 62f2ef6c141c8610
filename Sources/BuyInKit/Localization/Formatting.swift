import Foundation

extension Localizer {
    /// A day as the reader writes it: "November 22, 2026", "22 novembre 2026".
    /// Month names and order come from the translation files, so no locale data is loaded.
    /// "a, b or c": choices offered in a sentence.
    public func alternatives(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: text("list.comma")) + text("list.or") + items.last!
    }

    public func date(_ day: Day) -> String {
        formatted.date(day, words: { DateWords(pattern: template("date.long"), months: (1...12).map { text("month.\($0)") },
                                               firstDay: text("date.firstDay")) }) { words in
            Self.fill(words.pattern, with: [words.months[day.month - 1], day.day == 1 ? words.firstDay : String(day.day), String(day.year)])
        }
    }

    /// A number with the reader's separators: "1,234,567.5", "1 234 567,5".
    /// Any finite value shows; one too large for whole-number arithmetic (only a file edited by
    /// hand holds one, since input stops at `NumberParser.largest`) shows its digits unrounded.
    public func number(_ value: Double, maximumFractionDigits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : value < 0 ? "-∞" : "∞" }
        var scale = 1.0
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        // Past 2^53 a double has no fraction left, and past Int's range the conversion below traps.
        guard rounded < 9_007_199_254_740_992 else {
            return (value < 0 ? "-" : "") + grouped(String(format: "%.0f", abs(value)))
        }
        let whole = Int(rounded / scale)
        let fraction = Int(rounded) - whole * Int(scale)
        var fractionText = ""
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: max(0, maximumFractionDigits - digits.count)) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            fractionText = text("number.decimal") + digits
        }
        let sign = value < 0 && rounded > 0 ? "-" : ""
        return sign + grouped(String(whole)) + fractionText
    }

    /// Whole-number digits with the reader's thousands separator.
    /// Digits with the group separator before each group of three from the right. Built
    /// character by character: a `String` made from an array of characters is generic, and its
    /// first use searched all of the program's conformances (~300 K instructions).
    private func grouped(_ digits: String) -> String {
        let group = text("number.group")
        let count = digits.count
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (count - offset) % 3 == 0 { grouped += group }
            grouped.append(digit)
        }
        return grouped
    }

    /// A count as the reader writes it.
    public func number(_ value: Int) -> String { number(Double(value)) }

    /// A figure and its unit: "9%" and "12 days" in English, "9 %" and "12 jours" with the
    /// French no-break spaces; no unit, the figure alone.
    public func withUnit(_ figure: String, _ unit: String) -> String {
        if unit.isEmpty { return figure }
        if unit == "%" { return figure + template("number.percent") }
        return figure + template("number.unitSpace") + unit
    }
}

/// The words a date is written with: its pattern, the months' names, the first of a month.
struct DateWords {
    let pattern: String
    let months: [String]
    let firstDay: String
}

/// Days a localizer already wrote out, and the words it writes them with. A listing or pre-read
/// of a thousand meetings repeats the same days many times; and its days, nearly all different
/// from one another, each cost three table lookups before the words were kept (callgrind: ~900
/// instructions a day, 0.9 M of a 1,000-meeting `meeting list`).
final class FormattedDays: @unchecked Sendable {
    private let lock = NSLock()
    // Keyed by a plain number: hashing `Int` needs no runtime conformance lookup at start-up.
    private var known: [Int: String] = [:]
    private var words: DateWords?

    func date(_ day: Day, words makeWords: () -> DateWords, _ make: (DateWords) -> String) -> String {
        let key = (day.year * 100 + day.month) * 100 + day.day
        lock.lock()
        defer { lock.unlock() }
        if let text = known[key] { return text }
        let words = self.words ?? makeWords()
        self.words = words
        let text = make(words)
        known[key] = text
        return text
    }
}
