public import CadreModel
/// Look-ups in the professions and regions the database was seeded with.
package struct ReferenceStore<Connection: SQLConnection>: ReferenceDataStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// Professions in report order; `aliases` holds the folded match keys people's spellings map to.
    package func professions() throws -> [Profession] {
        let aliases = try aliasesByCode(table: "profession_alias", column: "profession_code")
        return try database.rows("SELECT code, label_az, label_en, label_ru FROM profession ORDER BY position").map { row in
            let code = row.string("code") ?? ""
            return Profession(code: code, label: row.localized("label"), aliases: aliases[code] ?? [])
        }
    }

    package func regions() throws -> [Region] {
        let aliases = try aliasesByCode(table: "region_alias", column: "region_code")
        return try database.rows("SELECT code, kind, parent_code, name_az, name_en, name_ru FROM region ORDER BY code").map { row in
            let code = row.string("code") ?? ""
            return Region(
                code: code, kind: Region.Kind(rawValue: row.string("kind") ?? "") ?? .district,
                parentCode: row.string("parent_code"), name: row.localized("name"), aliases: aliases[code] ?? [])
        }
    }

    /// The profession whose code, label or alias folds to the same key as `text`.
    package func profession(matching text: String) throws -> String? {
        try database.scalar("SELECT profession_code FROM profession_alias WHERE alias_key = ?", [TextFolding.matchKey(text)]).stringValue
    }

    /// The region whose code, name or alias folds to the same key as `text`.
    package func region(matching text: String) throws -> String? {
        try database.scalar("SELECT region_code FROM region_alias WHERE alias_key = ?", [TextFolding.matchKey(text)]).stringValue
    }

    private func aliasesByCode(table: String, column: String) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        // Table and column names come from this file's callers, never from users.
        for row in try database.rows("SELECT alias_key, \(column) FROM \(table) ORDER BY alias_key") {
            if let key = row.string(at: 0), let code = row.string(at: 1) { result[code, default: []].append(key) }
        }
        return result
    }
}
