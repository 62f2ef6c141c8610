import Foundation

/// A calendar day, as a marketer writes it on a meeting note: no time, no zone.
/// Stored and exported as ISO `yyyy-MM-dd`.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.length(ofMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses a strict ISO date such as `2026-11-22`.
    public init?(iso: String) {
        var iso = iso
        guard let day = iso.withUTF8(Day.init(isoBytes:)) else { return nil }
        self = day
    }

    /// Parses the ten bytes of `yyyy-MM-dd`, as stored: every stored date is read this way,
    /// thousands per listing, so byte by byte and without an array of digits.
    init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `yyyy-MM-dd`: its ten bytes written at once, as every day of a pre-read's view and of
    /// every export is (callgrind: joining six strings cost 2.6 K instructions a day).
    public var iso: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, digits: Int, at start: Int) {
                var rest = value
                for position in (start..<start + digits).reversed() {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, digits: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without Foundation's calendar.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `ordinal` days after 1970-01-01; nil outside the years 1 to 9999, which are all
    /// a stored day can hold (ISO with four digits).
    public init?(ordinal: Int) {
        // Outside this range the arithmetic below could overflow; the years check does the rest.
        guard (-800_000...3_000_000).contains(ordinal) else { return nil }
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The day `days` later (earlier when negative); nil past the years buyin can record.
    public func adding(days: Int) -> Day? { Day(ordinal: ordinal + days) }

    /// The same day `months` later, or the month's last day when it is shorter (Jan 31 + 1 month
    /// is Feb 28), as a person counts "in 6 months"; nil past the years buyin can record.
    public func adding(months: Int) -> Day? {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        guard (1...9999).contains(newYear) else { return nil }
        return Day(year: newYear, month: newMonth, day: min(day, Day.length(ofMonth: newMonth, year: newYear)))
    }

    /// Monday is 1, Sunday 7 (ordinal 0, 1970-01-01, was a Thursday).
    public var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

    /// Today in the local time zone; `SOURCE_DATE_EPOCH` pins it, for reproducible documents and
    /// tests. A clock outside the years buyin can record is refused: a day it cannot read back
    /// would make every later command fail.
    public static func today(environment: [String: String] = ProcessEnvironment.current) throws -> Day {
        if let pinned = environment["SOURCE_DATE_EPOCH"], !pinned.isEmpty {
            guard let epoch = Int(pinned), let day = Day(ordinal: epoch.dividedRoundingDown(by: 86_400)) else {
                throw BuyInError.clockOutOfRange("SOURCE_DATE_EPOCH=\(pinned)")
            }
            return day
        }
        // The C library's local time: Foundation's Calendar would load ICU for one date.
        var now = time(nil)
        var parts = tm()
        let day = localtime_r(&now, &parts) == nil ? Day(ordinal: Int(now).dividedRoundingDown(by: 86_400))
            : Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        guard let day else { throw BuyInError.clockOutOfRange(String(now)) }
        return day
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Int {
    /// Division that rounds towards minus infinity: a moment before 1970 is on the day before.
    func dividedRoundingDown(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
