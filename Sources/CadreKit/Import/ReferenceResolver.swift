public import CadreModel
/// Resolves what people write for professions and regions to codes, in memory, so bulk
/// imports do not query per row. Unknown values get a did-you-mean suggestion.
public struct ReferenceResolver: Sendable {
    private let professionKeys: [String: String]
    private let regionKeys: [String: String]
    private let professionNames: [String]
    private let regionNames: [String: String]

    public init(_ database: any Store) throws {
        let store = database.referenceData
        let professions = try store.professions()
        let regions = try store.regions()
        professionKeys = Dictionary(professions.flatMap { p in p.aliases.map { ($0, p.code) } }, uniquingKeysWith: { a, _ in a })
        regionKeys = Dictionary(regions.flatMap { r in r.aliases.map { ($0, r.code) } }, uniquingKeysWith: { a, _ in a })
        professionNames = professions.map(\.code)
        // Suggest regions by their short Azerbaijani name ("Saatlı"), the form people write.
        regionNames = Dictionary(
            regions.map { region in
                let short = region.name.az.replacingOccurrences(of: " rayonu", with: "").replacingOccurrences(of: " şəhəri", with: "")
                return (TextFolding.matchKey(short), short)
            }, uniquingKeysWith: { a, _ in a })
    }

    public func profession(_ text: String) throws(InvalidValue) -> String {
        if let code = professionKeys[TextFolding.matchKey(text)] { return code }
        let hint = Self.closest(TextFolding.matchKey(text), among: professionNames).map { "; did you mean '\($0)'?" }
        throw InvalidValue("is not a known profession" + (hint ?? " (see 'cadre profession list')"), key: "problem.unknownProfession")
    }

    public func region(_ text: String) throws(InvalidValue) -> String {
        let key = TextFolding.matchKey(text)
        if let code = regionKeys[key] { return code }
        let hint = Self.closest(key, among: Array(regionNames.keys)).flatMap { regionNames[$0] }.map { "; did you mean '\($0)'?" }
        throw InvalidValue("is not a known region" + (hint ?? " (see 'cadre region list')"), key: "problem.unknownRegion")
    }

    /// The candidate within a small edit distance of `key`, if any.
    static func closest(_ key: String, among candidates: [String]) -> String? {
        let limit = max(2, key.count / 3)
        return candidates
            .map { ($0, EditDistance.between(key, $0)) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
