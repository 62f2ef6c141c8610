import BuyInKit
import Foundation

/// Asks for answers one at a time at a terminal, or reads them one per line from a pipe.
struct Prompter {
    let l: Localizer

    /// Asks a question at the terminal; an empty answer keeps `current`. Nil at end of input.
    func ask(_ question: String, hint: String? = nil, current: String = "") -> String? {
        Console.out(Console.bold(question))
        if let hint { Console.out(Console.dim(hint)) }
        if !current.isEmpty { Console.out(Console.dim(l.text("prompt.keep", current))) }
        Console.write("› ")
        guard let answer = readLine(strippingNewline: true) else { return nil }
        return answer.trimmed.isEmpty ? current : answer.trimmed
    }

    /// Reads the next line of standard input (for scripts); nil when input ends.
    static func nextLine() -> String? { readLine(strippingNewline: true) }
}
