import CadreModel
/// Seeds the professions and regions that imports resolve against and reports group by.
enum ReferenceData {
    static func seed(_ database: Database) throws {
        for (position, profession) in ProfessionCatalog.all.enumerated() {
            try database.execute(
                "INSERT INTO profession (code, label_az, label_en, label_ru, position) VALUES (?, ?, ?, ?, ?)",
                [profession.code, profession.label.az, profession.label.en, profession.label.ru, position + 1])
            let names = [profession.code, profession.label.az, profession.label.en, profession.label.ru]
            for alias in names + profession.aliases {
                try database.execute(
                    "INSERT INTO profession_alias (alias_key, profession_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [TextFolding.matchKey(alias), profession.code])
            }
        }
        for region in RegionCatalog.all {
            try database.execute(
                """
                INSERT INTO region (code, kind, parent_code, name_az, name_en, name_ru)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [region.code, region.kind.rawValue, region.parentCode, region.name.az, region.name.en, region.name.ru])
        }
        // Aliases after all regions, so a district's short name wins over anything later.
        for region in RegionCatalog.all {
            let names = [region.code, region.name.az, region.name.en, region.name.ru]
            for alias in names + region.aliases {
                try database.execute(
                    "INSERT INTO region_alias (alias_key, region_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [TextFolding.matchKey(alias), region.code])
            }
        }
    }
}
