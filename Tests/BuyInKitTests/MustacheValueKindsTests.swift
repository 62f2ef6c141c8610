@testable import BuyInKit
import Mustache
import Testing

/// The patch carried in Vendor/swift-mustache (PATCHES.md) that learns once per type which of the
/// renderer's protocols it conforms to. What a type conforms to holds for each of its values;
/// what a value says of itself (null or not) and what an `Optional` or a class holds must still
/// be asked of each value.
@Suite struct MustacheValueKindsTests {
    /// Text that may be null, as buyin's blank text is: the same type, two answers.
    struct Note: MustacheCustomRenderable {
        let text: String
        var renderText: String { text }
        var isNull: Bool { text.isEmpty }
    }

    final class Person: MustacheParent {
        let name: String
        init(_ name: String) { self.name = name }
        func child(named: String) -> Any? { named == "name" ? name : nil }
    }

    @Test func eachValueOfATypeSaysWhetherItIsNull() throws {
        let data: [String: Any] = ["notes": [Note(text: "kept"), Note(text: ""), Note(text: "also")]]
        let template = try MustacheTemplate(string: "{{#notes}}{{#.}}[{{.}}]{{/.}}{{^.}}(none){{/.}}{{/notes}}")
        #expect(template.render(data) == "[kept](none)[also]")
    }

    /// An `Optional` is looked through value by value: the first row's holds an object, the
    /// second's holds nothing, and a type-wide answer taken from the first would misread it.
    @Test func anOptionalIsAskedValueByValue() throws {
        let rows: [[String: Any]] = [
            ["person": Optional<[String: Any]>.some(["name": "Ada"]), "note": Optional<String>.some("x")],
            ["person": Optional<[String: Any]>.none, "note": Optional<String>.none],
        ]
        let template = try MustacheTemplate(string: "{{#rows}}<{{#person}}{{name}}{{/person}}|{{note}}>{{/rows}}")
        #expect(template.render(["rows": rows]) == "<Ada|x><|nil>")
    }

    @Test func aClassIsAskedAsBefore() throws {
        let template = try MustacheTemplate(string: "{{#people}}{{name}};{{/people}}{{#lead}}{{name}}{{/lead}}")
        let data: [String: Any] = ["people": [Person("Ada"), Person("Bo")], "lead": Person("Cy")]
        #expect(template.render(data) == "Ada;Bo;Cy")
    }

    /// A list of `Any` hands each item to the renderer as an `Any` held in an `Any`: its type is
    /// still the item's own, and the item is opened as that type.
    @Test func itemsOfAListOfAnyAreOpenedAsTheirOwnType() throws {
        let rows: [Any] = [["name": "Ada"] as [String: Any], Person("Bo"), Note(text: "kept"), Note(text: "")]
        let template = try MustacheTemplate(string: "{{#rows}}<{{name}}{{^name}}{{#.}}{{.}}{{/.}}{{/name}}>{{/rows}}")
        #expect(template.render(["rows": rows]) == "<Ada><Bo><kept><>")
    }

    struct Badge: MustacheParent {
        let label: String
        func child(named: String) -> Any? { named == "label" ? label : nil }
    }

    /// A property typed `Any`, read by reflection, reaches the renderer as an `Any` held in an
    /// `Any`: such a value is still opened as its own type (by a checked cast, not read in place).
    @Test func aValueHeldInTwoAnysIsOpenedAsItsOwnType() throws {
        struct Holder { let badge: Any; let note: Any }
        let holders: [Holder] = [Holder(badge: Badge(label: "lead"), note: Note(text: "kept")), Holder(badge: Badge(label: "aide"), note: Note(text: ""))]
        let template = try MustacheTemplate(string: "{{#holders}}<{{#badge}}{{label}}{{/badge}}|{{#note}}{{.}}{{/note}}{{^note}}-{{/note}}>{{/holders}}")
        #expect(template.render(["holders": holders]) == "<lead|kept><aide|->")
    }

    /// Values of many types in one rendering, each answered for its own type.
    @Test func valuesOfManyTypesRenderAsTheirTypesSay() throws {
        let data: [String: Any] = [
            "flag": true, "off": false, "count": 3, "ratio": 0.5, "word": "hi",
            "list": [1, 2], "empty": [String](), "object": ["k": "v"],
        ]
        let template = try MustacheTemplate(string:
            "{{#flag}}T{{/flag}}{{^off}}F{{/off}}{{count}}{{ratio}}{{word}}{{#list}}{{.}}{{/list}}{{^empty}}E{{/empty}}{{object.k}}{{uppercased(word)}}")
        #expect(template.render(data) == "TF30.5hi12EvHI")
    }

    /// A type told up front (PATCHES.md) is rendered as one learned by casts, and a test can tell
    /// a conformance left out, or one too many, from the runtime's own answers.
    @Test func aTypeToldUpFrontRendersAsOneLearnedAndIsCheckedAgainstTheRuntime() throws {
        struct Tag: MustacheParent, MustacheCustomRenderable {
            let word: String
            func child(named: String) -> Any? { named == "word" ? word : nil }
            var renderText: String { "#" + word }
            var isNull: Bool { false }
        }
        let told = MustacheKnownType(Tag.self, parent: Tag.self, renderable: Tag.self)
        #expect(told.matchesConformances)
        #expect(!MustacheKnownType(Tag.self, parent: Tag.self).matchesConformances)
        #expect(!MustacheKnownType(Note.self).matchesConformances)
        MustacheKnownType.register([told])
        let template = try MustacheTemplate(string: "{{#tags}}{{.}} {{word}};{{/tags}}")
        #expect(template.render(["tags": [Tag(word: "a"), Tag(word: "b")]]) == "#a a;#b b;")
    }

    /// The types buyin tells the renderer (`BriefRenderer.knownTypes`) are told with exactly the
    /// conformances the runtime finds: one added to `BriefNode` and not told would go unseen.
    @Test func buyinsViewTypesAreToldAsTheyConform() {
        #expect(BriefRenderer.knownTypes.count == 5)
        for type in BriefRenderer.knownTypes { #expect(type.matchesConformances) }
    }
}

