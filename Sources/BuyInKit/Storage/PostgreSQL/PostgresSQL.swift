#if TeamStore
/// The few ways PostgreSQL's SQL differs from SQLite's, for statements both stores share.
enum PostgresSQL {
    /// SQLite's placeholders as PostgreSQL's: `?` becomes `$1`, `$2`… in order, and `?2` becomes
    /// `$2`. Text between single quotes is left alone.
    static func numbered(_ sql: String) -> String {
        var output = ""
        output.reserveCapacity(sql.utf8.count + 8)
        var next = 1
        var inQuotes = false
        var characters = sql.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if character == "'" { inQuotes.toggle() }
            guard character == "?", !inQuotes else {
                output.append(character)
                continue
            }
            var digits = ""
            while let digit = pending, digit.isASCII, digit.isNumber {
                digits.append(digit)
                pending = characters.next()
            }
            if digits.isEmpty {
                output += "$\(next)"
                next += 1
            } else {
                output += "$" + digits
            }
        }
        return output
    }
}
#endif
