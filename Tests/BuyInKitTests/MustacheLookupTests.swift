import Mustache
import Testing

/// The lookup patch carried in Vendor/swift-mustache (PATCHES.md): a plain name is looked up
/// the stack without being split first. Every kind of name must find what it found before.
@Suite struct MustacheLookupTests {
    let data: [String: Any] = [
        "title": "top",
        "person": ["name": "Ada", "team": ["name": "Growth"]] as [String: Any],
        "people": [["name": "Ada"], ["name": "Bo", "title": "own"]] as [[String: Any]],
    ]

    @Test(arguments: [
        // A plain name: the innermost object that has it, else its parents'.
        ("{{#people}}{{name}}/{{title}};{{/people}}", "Ada/top;Bo/own;"),
        // A dotted name is found from its first part up the stack, then down.
        ("{{#people}}{{person.team.name}};{{/people}}", "Growth;Growth;"),
        // Empty parts are no parts, as `split(separator: ".")` made them.
        ("{{person..team.name}}|{{person.team.name.}}|{{.person.name}}", "Growth|Growth|Ada"),
        // A leading dot looks in the current object only.
        ("{{#people}}{{.title}};{{/people}}", ";own;"),
        // "." is the current object; a missing name prints nothing.
        ("{{#person}}{{#team}}{{name}}{{/team}}{{/person}}{{missing}}", "Growth"),
        ("{{#people}}[{{#.}}x{{/.}}]{{/people}}", "[x][x]"),
    ])
    func eachKindOfNameFindsWhatItFoundBefore(template: String, expected: String) throws {
        #expect(try MustacheTemplate(string: template).render(data) == expected)
    }

    /// Names are ASCII (the parser refuses any other), so splitting one at its dots byte by byte
    /// cuts it where splitting it character by character did.
    @Test func aNameThatIsNotASCIIIsRefused() {
        #expect(throws: MustacheTemplate.ParserError.self) { try MustacheTemplate(string: "{{équipe.nom}}") }
    }
}
