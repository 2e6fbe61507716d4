import CadreModel
import CadreRender

/// Profession and region codes as words in one language, read once per page: for lists of
/// people and for the choices of a person's form.
struct PersonLabels {
    let professionList: [(code: String, label: String)]
    let regionList: [(code: String, label: String)]
    let professions: [String: String]
    let regions: [String: String]

    init(_ store: any Store, language: Language) throws {
        let (professionRecords, regionRecords) = try store.read { (try $0.referenceData.professions(), try $0.referenceData.regions()) }
        professionList = professionRecords.map { ($0.code, $0.label[language]) }
        regionList = regionRecords.map { ($0.code, $0.name[language]) }
        professions = Dictionary(professionList.map { ($0.code, $0.label) }) { a, _ in a }
        regions = Dictionary(regionList.map { ($0.code, $0.label) }) { a, _ in a }
    }

    func profession(_ code: String) -> String { professions[code] ?? code }
    func region(_ code: String) -> String { regions[code] ?? code }

    /// The options of a form's select, the one of `chosen` marked.
    func professionChoices(chosen: String? = nil) -> TemplateValue { Self.options(professionList, chosen) }
    func regionChoices(chosen: String? = nil) -> TemplateValue { Self.options(regionList, chosen) }

    private static func options(_ list: [(code: String, label: String)], _ chosen: String?) -> TemplateValue {
        .list(list.map { ["code": .string($0.code), "label": .string($0.label), "chosen": .bool($0.code == chosen)] })
    }
}
