import Foundation

/// Reads a number typed in either language's habit: `1234.5`, `1 234,5`, `1,234.5`, `12%`.
public enum NumberParser {
    public static func parse(_ input: String) throws -> Double {
        var text = input.trimmed.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" && $0 != "_" }
        if text.hasSuffix("%") { text.removeLast() }
        let commas = text.filter { $0 == "," }.count
        let dots = text.filter { $0 == "." }.count
        if commas > 0 && dots > 0 {
            // The last separator is the decimal one; the other groups thousands.
            let lastComma = text.lastIndex(of: ",")!, lastDot = text.lastIndex(of: ".")!
            text = lastComma > lastDot ? text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                                       : text.replacingOccurrences(of: ",", with: "")
        } else if commas == 1 {
            text = text.replacingOccurrences(of: ",", with: ".")
        } else if commas > 1 {
            text = text.replacingOccurrences(of: ",", with: "")
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(text), value.isFinite else {
            throw BuyInError.invalidNumber(input)
        }
        return value
    }
}
