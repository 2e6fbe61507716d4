import CadreKit
import CadreRender
import Testing

/// Cases modelled on the Mustache specification (interpolation, sections, inverted sections,
/// comments, partials), kept in the repository.
@Suite("Template engine (Mustache spec cases)")
struct TemplateSpecTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let template: String
        let data: TemplateValue
        let partials: [String: String]
        let expected: String

        init(_ name: String, _ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:], expect expected: String) {
            self.name = name
            self.template = template
            self.data = data
            self.partials = partials
            self.expected = expected
        }

        var testDescription: String { name }
    }

    static let interpolationCases: [Case] = [
        Case("no interpolation", "Hello from {Mustache}!\n", expect: "Hello from {Mustache}!\n"),
        Case("basic", "Hello, {{subject}}!\n", ["subject": "world"], expect: "Hello, world!\n"),
        Case("HTML escaping", "These characters should be HTML escaped: {{forbidden}}\n", ["forbidden": "& \" < > '"],
            expect: "These characters should be HTML escaped: &amp; &quot; &lt; &gt; &#39;\n"),
        Case("triple mustache", "{{{forbidden}}}", ["forbidden": "& \" < >"], expect: "& \" < >"),
        Case("ampersand", "{{&forbidden}}", ["forbidden": "& \" < >"], expect: "& \" < >"),
        Case("integers and decimals", "{{mph}} / {{power}}", ["mph": 85, "power": .number(1.21)], expect: "85 / 1.21"),
        Case("null", "I ({{cannot}}) be seen!", ["cannot": .null], expect: "I () be seen!"),
        Case("context miss", "I ({{cannot}}) be seen!", expect: "I () be seen!"),
        Case("dotted names", "{{person.name}} == {{#person}}{{name}}{{/person}}", ["person": ["name": "Joe"]], expect: "Joe == Joe"),
        Case("dotted names, broken chain", "{{a.b.c}} == ", ["a": [:]], expect: " == "),
        Case("dotted names, initial resolution", "{{#a}}{{b.c.d.e.name}}{{/a}}",
            ["a": ["b": [:]], "b": ["c": ["d": ["e": ["name": "Phil"]]]]], expect: ""),
        Case("implicit iterator", "{{.}}", "Azərbaycan", expect: "Azərbaycan"),
        Case("surrounding whitespace", "| {{string}} |", ["string": "---"], expect: "| --- |"),
        Case("standalone interpolation keeps its line", "  {{string}}\n", ["string": "---"], expect: "  ---\n"),
        Case("padding inside the tag", "|{{ string }}|", ["string": "---"], expect: "|---|"),
    ]

    static let sectionsCases: [Case] = [
        Case("truthy", "\"{{#boolean}}This should be rendered.{{/boolean}}\"", ["boolean": true], expect: "\"This should be rendered.\""),
        Case("falsy", "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", ["boolean": false], expect: "\"\""),
        Case("null is falsy", "\"{{#null}}x{{/null}}\"", ["null": .null], expect: "\"\""),
        Case("context", "\"{{#context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]], expect: "\"Hi Joe.\""),
        Case("parent contexts", "{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}", ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]],
            expect: "foo, bar, baz"),
        Case("list", "\"{{#list}}{{item}}{{/list}}\"", ["list": [["item": 1], ["item": 2], ["item": 3]]], expect: "\"123\""),
        Case("empty list", "\"{{#list}}Yay lists!{{/list}}\"", ["list": []], expect: "\"\""),
        Case("implicit iterator over strings", "\"{{#list}}({{.}}){{/list}}\"", ["list": ["a", "b", "c"]], expect: "\"(a)(b)(c)\""),
        Case("nested", "{{#a}}{{one}}{{#b}}{{two}}{{/b}}{{/a}}", ["a": ["one": 1], "b": ["two": 2]], expect: "12"),
        Case("dotted section names", "\"{{#a.b.c}}Here{{/a.b.c}}\" == \"Here\"", ["a": ["b": ["c": true]]], expect: "\"Here\" == \"Here\""),
        Case("standalone lines", "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", ["boolean": true], expect: "| This Is\n|\n| A Line\n"),
        Case("indented standalone lines", "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", ["boolean": true], expect: "| This Is\n|\n| A Line\n"),
        Case("standalone with CRLF", "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", ["boolean": true], expect: "|\r\n|"),
        Case("standalone without a previous line", "  {{#boolean}}\n#{{/boolean}}\n/", ["boolean": true], expect: "#\n/"),
        Case("standalone without a newline", "#{{#boolean}}\n/\n  {{/boolean}}", ["boolean": true], expect: "#\n/\n"),
        Case("inline sections keep their text", " | {{#boolean}}\t|\t{{/boolean}} | \n", ["boolean": true], expect: " | \t|\t | \n"),
        Case("empty string is falsy", "[{{#s}}x{{/s}}]", ["s": ""], expect: "[]"),
    ]

    static let invertedCases: [Case] = [
        Case("falsy", "\"{{^boolean}}This should be rendered.{{/boolean}}\"", ["boolean": false], expect: "\"This should be rendered.\""),
        Case("truthy", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", ["boolean": true], expect: "\"\""),
        Case("empty list", "\"{{^list}}Yay lists!{{/list}}\"", ["list": []], expect: "\"Yay lists!\""),
        Case("context miss", "[{{^missing}}Found key 'missing'!{{/missing}}]", expect: "[Found key 'missing'!]"),
        Case("standalone lines", "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", ["boolean": false], expect: "| This Is\n|\n| A Line\n"),
    ]

    static let commentsCases: [Case] = [
        Case("inline", "12345{{! Comment Block! }}67890", expect: "1234567890"),
        Case("multiline", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expect: "1234567890\n"),
        Case("standalone", "Begin.\n{{! Comment Block! }}\nEnd.\n", expect: "Begin.\nEnd.\n"),
        Case("indented standalone", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expect: "Begin.\nEnd.\n"),
        Case("inline with surrounding text", "  12 {{! 34 }}\n", expect: "  12 \n"),
    ]

    static let partialsCases: [Case] = [
        Case("basic", "\"{{>text}}\"", partials: ["text": "from partial"], expect: "\"from partial\""),
        Case("context", "\"{{>partial}}\"", ["text": "content"], partials: ["partial": "*{{text}}*"], expect: "\"*content*\""),
        Case("recursion", "{{>node}}", ["content": "X", "nodes": [["content": "Y", "nodes": []]]],
            partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expect: "X<Y<>>"),
        Case("standalone line", "|\n{{>partial}}\n|", partials: ["partial": ">\n>"], expect: "|\n>\n>|"),
        Case("standalone indentation", "\\\n {{>partial}}\n/\n", ["content": "<\n->"], partials: ["partial": "|\n{{{content}}}\n|\n"],
            expect: "\\\n |\n <\n->\n |\n/\n"),
        Case("inline keeps surrounding whitespace", "| {{>partial}} |", partials: ["partial": "\t|\t"], expect: "| \t|\t |"),
    ]

    func render(_ test: Case) throws -> String {
        let partials = try test.partials.mapValues { try Template(name: "partial", source: $0) }
        return try Template(name: "test.html", source: test.template).render(test.data) { partials[$0] }
    }

    @Test("interpolation", arguments: interpolationCases)
    func interpolation(test: Case) throws { #expect(try render(test) == test.expected) }

    @Test("sections", arguments: sectionsCases)
    func sections(test: Case) throws { #expect(try render(test) == test.expected) }

    @Test("inverted sections", arguments: invertedCases)
    func inverted(test: Case) throws { #expect(try render(test) == test.expected) }

    @Test("comments", arguments: commentsCases)
    func comments(test: Case) throws { #expect(try render(test) == test.expected) }

    @Test("partials", arguments: partialsCases)
    func partials(test: Case) throws { #expect(try render(test) == test.expected) }

    @Test("parse errors name the file, line and column")
    func parseErrors() throws {
        let unclosed = try #require(throws: TemplateError.self) {
            try Template(name: "certificate.html", source: "<p>\n\n\n\n\n\n\n\n\n\n\n    {{#trainees}}\n<li>{{name}}</li>\n")
        }
        #expect(unclosed.description == "certificate.html:12:5: unclosed section 'trainees'")
        let mismatched = try #require(throws: TemplateError.self) { try Template(name: "a.html", source: "{{#a}}\n{{/b}}") }
        #expect(mismatched.description == "a.html:2:1: closing tag 'b' does not match the open section 'a' (line 1)")
        #expect(throws: TemplateError.self) { try Template(name: "a.html", source: "x {{name") }
        #expect(throws: TemplateError.self) { try Template(name: "a.html", source: "{{/a}}") }
        #expect(throws: TemplateError.self) { try Template(name: "a.html", source: "{{=<% %>=}}") }
    }

    @Test("a record renders as the object with the same keys and values")
    func records() throws {
        let template = try Template(
            name: "rows.html", source: "{{#rows}}<tr>{{no}} {{name}}{{#org}} ({{org}}){{/org}}{{^org}} -{{/org}} {{title}} {{nested.x}}</tr>{{/rows}}")
        let keys = ["no", "name", "org", "nested"]
        let values: [TemplateValue] = [2, "<Ə>", .null, ["x": "y"]]
        let asRecord = try template.render(["title": "T", "rows": [.record(keys: keys, values: values)]])
        let asObject = try template.render(["title": "T", "rows": [.object(Dictionary(uniqueKeysWithValues: zip(keys, values)))]])
        #expect(asRecord == "<tr>2 &lt;Ə&gt; - T y</tr>")
        #expect(asRecord == asObject)
    }

    @Test("a missing partial is an error naming the tag, not an empty page")
    func missingPartial() throws {
        let error = try #require(throws: TemplateError.self) { try Template(name: "page.html", source: "a\n  {{> footer}}\n").render([:]) }
        #expect(error.description == "page.html:2:3: missing partial 'footer'")
    }

    @Test("recursive partials end in an error, not a hang: depth 32, then 64 MiB of output")
    func recursivePartials() throws {
        let deep = try Template(name: "deep.html", source: "{{> deep}}")
        let tooDeep = try #require(throws: TemplateError.self) { try deep.render([:], partials: { _ in deep }) }
        #expect(tooDeep.description.contains("partials nested deeper than 32 levels"))
        // Partials L1…L24 each using the next twice, L25 a 64 KiB leaf: 2^24 leaves within the depth limit.
        let leaf = try Template(name: "L25", source: String(repeating: "x", count: 1 << 16))
        let partials: Template.PartialResolver = { name in
            guard let level = Int(name.dropFirst()), level < 25 else { return leaf }
            return try Template(name: name, source: "{{> L\(level + 1)}}{{> L\(level + 1)}}")
        }
        let tooBig = try #require(throws: TemplateError.self) { try Template(name: "page", source: "{{> L1}}").render([:], partials: partials) }
        #expect(tooBig.description.contains("renders more than 64 MiB"))
    }

    @Test("parsed once, rendered many times with different data")
    func reuse() throws {
        let template = try Template(name: "t", source: "{{#people}}{{name}};{{/people}}")
        #expect(try template.render(["people": [["name": "Ə"], ["name": "<b>"]]]) == "Ə;&lt;b&gt;;")
        #expect(try template.render(["people": []]) == "")
    }
}
