/// People write `buyin --db X status` as often as `buyin status --db X`. The parser only knows the
/// options on the subcommands, so options of `GlobalOptions` given before the subcommand are
/// moved after it.
enum GlobalOptionsFirst {
    static let names = ["--db", "--lang", "--campaign"]

    static func moved(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if names.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        // Only when a subcommand follows; `buyin --lang fr` alone stays as typed.
        guard !leading.isEmpty, index < arguments.count, !arguments[index].hasPrefix("-") else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: end)
        return rest
    }
}
