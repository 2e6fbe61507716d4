import CadreKit
import Testing

@Suite("Reference data")
struct ReferenceDataTests {
    @Test("all 66 districts, the cities and Baku's districts are seeded")
    func regions() throws {
        let regions = try ReferenceStore(try Database.inMemory()).regions()
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
        #expect(try ReferenceStore(try Database.inMemory()).region(matching: text) == code)
    }

    @Test(
        "professions resolve by code, label or alias in any language",
        arguments: [
            ("social-worker", "social-worker"), ("Sosial işçi", "social-worker"), ("SOSİAL İŞÇİ", "social-worker"),
            ("Социальный работник", "social-worker"), ("psixoloq", "school-psychologist"), ("Hakim", "judge"),
            ("journalist", "journalist"), ("Könüllü", "volunteer"), ("Волонтер", "volunteer"),
        ])
    func professionAliases(text: String, code: String) throws {
        #expect(try ReferenceStore(try Database.inMemory()).profession(matching: text) == code)
    }

    @Test("the professions the programme reports on are all there")
    func professions() throws {
        let codes = try ReferenceStore(try Database.inMemory()).professions().map(\.code)
        for code in [
            "judge", "prosecutor", "lawyer", "police-officer", "social-worker", "school-psychologist", "health-worker",
            "journalist", "local-administration", "volunteer", "other",
        ] {
            #expect(codes.contains(code))
        }
    }
}
