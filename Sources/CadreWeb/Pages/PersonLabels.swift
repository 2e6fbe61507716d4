import CadreModel

/// Profession and region codes as words in one language.
struct PersonLabels {
    let professions: [String: String]
    let regions: [String: String]

    init(_ store: any Store, language: Language) throws {
        let (professionList, regionList) = try store.read { (try $0.referenceData.professions(), try $0.referenceData.regions()) }
        professions = Dictionary(professionList.map { ($0.code, $0.label[language]) }) { a, _ in a }
        regions = Dictionary(regionList.map { ($0.code, $0.name[language]) }) { a, _ in a }
    }

    func profession(_ code: String) -> String { professions[code] ?? code }
    func region(_ code: String) -> String { regions[code] ?? code }
}
