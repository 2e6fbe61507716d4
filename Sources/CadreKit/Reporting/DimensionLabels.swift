public import CadreModel

/// The values of report dimensions and trainee fields in one language: profession and region
/// names from the store's catalogues, centres by their names and courses by their titles (a
/// donor reads names, not SAATLI or DV-101 — the code stays beside a course's title for staff),
/// the sexes in words. Codes nobody named stay codes.
public struct DimensionLabels: Sendable {
    private let professions: [String: String]
    private let regions: [String: String]
    private let centres: [String: String]
    private let courses: [String: String]
    public let language: Language
    private let unknown: String
    /// What an event without a centre is run by, as a report's centre column names it: the
    /// organiser set with `cadre branding set --organiser` (who the certificates name too),
    /// else `national`.
    private let national: String

    /// `unknown` is what a missing value reads as (`report.unknown` in the catalogs).
    public init(_ database: any Store, language: Language, unknown: String = "(unknown)", national: String = "Ministry (programme)") throws {
        let store = database.referenceData
        professions = Dictionary(uniqueKeysWithValues: try store.professions().map { ($0.code, $0.label[language]) })
        regions = Dictionary(uniqueKeysWithValues: try store.regions().map { ($0.code, $0.name[language]) })
        let organiser: LocalizedText?
        (centres, courses, organiser) = try database.read { database in
            (Dictionary(try database.scheduling.centres().map { ($0.code, $0.names[language]) }) { first, _ in first },
             Dictionary(try database.courses.allLatest().map { ($0.code, $0.title[language] + " (\($0.code))") }) { first, _ in first },
             try BrandingBook.names(BrandingBook.organiserSetting, in: database))
        }
        self.language = language
        self.unknown = unknown
        self.national = organiser?[language] ?? national
    }

    /// The labels in `words`' language, a missing value read as its `report.unknown`.
    public init(_ database: any Store, words: ReportWords) throws {
        try self.init(database, language: words.language, unknown: words("report.unknown"), national: words("report.nationalOrganiser"))
    }

    public func profession(_ code: String) -> String { professions[code] ?? code }
    public func region(_ code: String) -> String { regions[code] ?? code }

    private static let sexes: [Language: [String: String]] = [
        .az: ["female": "qadın", "male": "kişi"], .en: ["female": "female", "male": "male"], .ru: ["female": "женщины", "male": "мужчины"],
    ]

    /// A dimension's value in words; `unknown` for a missing one.
    public func label(_ dimension: TrainedQuery.Dimension, _ value: String?) -> String {
        guard let value else { return dimension == .centre ? national : unknown }
        switch dimension {
        case .profession: return profession(value)
        case .region: return region(value)
        case .sex: return Self.sexes[language]?[value] ?? value
        case .centre: return centres[value] ?? value
        case .course: return courses[value] ?? value
        default: return value
        }
    }
}
