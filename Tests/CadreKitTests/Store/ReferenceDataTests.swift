import CadreKit
import CadreModel
import CadreStore
import Testing

@Suite("Reference data")
struct ReferenceDataTests {
    @Test("all 66 districts, the cities and Baku's districts are seeded")
    func regions() throws {
        let database = try TestDatabase()
        let regions = try database.referenceData.regions()
        #expect(regions.filter { $0.kind == .district }.count == 66)
        #expect(regions.filter { $0.kind == .city }.count >= 11)
        #expect(regions.filter { $0.parentCode == "baku" }.count == 12)
        #expect(Set(regions.map(\.code)).count == regions.count)
    }

    @Test(
        "regions resolve from names, aliases and transliterations",
        arguments: [
            ("Saatlı", "saatly"), ("Saatli", "saatly"), ("Саатлы", "saatly"), ("Saatlı rayonu", "saatly"),
            ("Xəzər", "khazar"), ("Khazar District", "khazar"), ("Bakı", "baku"), ("Baku", "baku"),
            ("Lənkəran", "lankaran"), ("Lənkəran şəhəri", "lankaran-city"), ("Гянджа", "ganja"), ("İmişli", "imishli"),
        ])
    func regionAliases(text: String, code: String) throws {
        let database = try TestDatabase()
        #expect(try database.referenceData.region(matching: text) == code)
    }

    @Test(
        "professions resolve by code, label or alias in any language",
        arguments: [
            ("social-worker", "social-worker"), ("Sosial işçi", "social-worker"), ("SOSİAL İŞÇİ", "social-worker"),
            ("Социальный работник", "social-worker"), ("psixoloq", "school-psychologist"), ("Hakim", "judge"),
            ("journalist", "journalist"), ("Könüllü", "volunteer"), ("Волонтер", "volunteer"),
        ])
    func professionAliases(text: String, code: String) throws {
        let database = try TestDatabase()
        #expect(try database.referenceData.profession(matching: text) == code)
    }

    @Test("the professions the programme reports on are all there")
    func professions() throws {
        let database = try TestDatabase()
        let codes = try database.referenceData.professions().map(\.code)
        for code in [
            "judge", "prosecutor", "lawyer", "police-officer", "social-worker", "school-psychologist", "health-worker",
            "journalist", "local-administration", "volunteer", "other",
        ] {
            #expect(codes.contains(code))
        }
    }

    /// Folded keys as the seed made them: names first, then aliases; the first to claim a key keeps it.
    static func aliasKeys(_ entries: [(code: String, names: [String])]) -> [String: String] {
        var keys: [String: String] = [:]
        for entry in entries {
            for name in entry.names where keys[TextFolding.matchKey(name)] == nil { keys[TextFolding.matchKey(name)] = entry.code }
        }
        return keys
    }

    @Test("a fresh database holds exactly the catalogues as they are now, folded as text is folded now")
    func frozenSeedsMatchTheCatalogues() throws {
        // Fails when a catalogue, the holidays or TextFolding changes without a migration that
        // brings existing databases along (migrations carry their data as literals).
        let database = try TestDatabase()
        let professions = try database.rows("SELECT code, label_az, label_en, label_ru, position FROM profession ORDER BY position")
        #expect(professions.map { $0.values.map(\.stringValue) } == ProfessionCatalog.all.enumerated().map { index, profession in
            [profession.code, profession.label.az, profession.label.en, profession.label.ru, String(index + 1)]
        })
        let professionAliases = Dictionary(uniqueKeysWithValues: try database.rows("SELECT alias_key, profession_code FROM profession_alias").map {
            ($0.string(at: 0) ?? "", $0.string(at: 1) ?? "")
        })
        #expect(professionAliases == Self.aliasKeys(ProfessionCatalog.all.map { profession in
            (profession.code, [profession.code, profession.label.az, profession.label.en, profession.label.ru] + profession.aliases)
        }))
        let regions = try database.rows("SELECT code, kind, parent_code, name_az, name_en, name_ru FROM region ORDER BY code")
        #expect(regions.map { $0.values.map(\.stringValue) } == RegionCatalog.all.sorted { $0.code < $1.code }.map { region in
            [region.code, region.kind.rawValue, region.parentCode, region.name.az, region.name.en, region.name.ru]
        })
        let regionAliases = Dictionary(uniqueKeysWithValues: try database.rows("SELECT alias_key, region_code FROM region_alias").map {
            ($0.string(at: 0) ?? "", $0.string(at: 1) ?? "")
        })
        #expect(regionAliases == Self.aliasKeys(RegionCatalog.all.map { region in
            (region.code, [region.code, region.name.az, region.name.en, region.name.ru] + region.aliases)
        }))
        let holidays = try database.rows("SELECT month_day, name FROM holiday_rule ORDER BY month_day")
        #expect(holidays.map { "\($0.string(at: 0) ?? "") \($0.string(at: 1) ?? "")" } == HolidayCalendar.fixed.map { "\($0.monthDay) \($0.name)" })
    }
}
