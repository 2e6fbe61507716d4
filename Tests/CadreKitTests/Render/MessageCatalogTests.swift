import CadreModel
import CadreRender
import CadreTemplates
import Foundation
import Testing

/// Every page is az/en/ru: a message one catalog has and another lacks would print a blank
/// on paper in that language.
@Suite("Message catalogs")
struct MessageCatalogTests {
    @Test("az, en and ru have the same keys, none empty")
    func sameKeys() throws {
        let library = TemplateLibrary(root: BuiltInTemplates.folder)
        let catalogs = try Language.allCases.map { ($0, try library.messages($0)) }
        let keys = Set(catalogs[0].1.keys)
        #expect(keys.count > 40)
        for (language, messages) in catalogs {
            #expect(Set(messages.keys) == keys, "\(language): \(Set(messages.keys).symmetricDifference(keys).sorted())")
            #expect(messages.values.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(language)")
        }
    }

    /// Templates read `{{t.a.b}}` from the catalog as a tree: a key that is both a text and the
    /// start of others (`register.status` beside `register.status.valid`) would print nothing.
    @Test("no key is both a text and a group of texts")
    func noKeyIsAlsoAGroup() throws {
        let messages = try TemplateLibrary(root: BuiltInTemplates.folder).messages(.az)
        let clashes = messages.keys.filter { key in messages.keys.contains { $0.hasPrefix(key + ".") } }
        #expect(clashes.isEmpty, "\(clashes.sorted())")
    }

    /// A reason keyed in the code (`key: "problem.notASex"`) needs its words in the catalogs.
    @Test("every problem key the sources name is in the catalog")
    func problemKeys() throws {
        let messages = try TemplateLibrary(root: BuiltInTemplates.folder).messages(.az)
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/CadreKit").standardized
        var named: Set<String> = []
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            var rest = text[...]
            while let range = rest.range(of: "\"problem.") {
                let key = rest[range.lowerBound...].dropFirst().prefix { $0 != "\"" }
                named.insert(String(key))
                rest = rest[range.upperBound...]
            }
        }
        #expect(named.count >= 10, "\(named.sorted())")
        #expect(named.subtracting(messages.keys).isEmpty, "\(named.subtracting(messages.keys).sorted())")
    }
}
