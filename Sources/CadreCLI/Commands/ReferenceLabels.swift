import CadreKit
import CadreModel

/// Profession and region labels in one language, for text output.
struct ReferenceLabels {
    private let professions: [String: String]
    private let regions: [String: String]

    init(_ database: any Store, language: Language) throws {
        let store = database.referenceData
        professions = Dictionary(uniqueKeysWithValues: try store.professions().map { ($0.code, $0.label[language]) })
        regions = Dictionary(uniqueKeysWithValues: try store.regions().map { ($0.code, $0.name[language]) })
    }

    func profession(_ code: String) -> String { professions[code] ?? code }
    func region(_ code: String) -> String { regions[code] ?? code }
}
