import CadreKit
import CadreModel

/// `cadre profession list` and `cadre region list`: the codes imports and reports use.
enum ReferenceCommands {
    static let professions = Command(
        name: "profession",
        abstract: "The professions Cadre reports on.",
        subcommands: [
            Command(
                name: "list", abstract: "List profession codes and labels.",
                options: [CommonOptions.json], action: listProfessions)
        ])

    static let regions = Command(
        name: "region",
        abstract: "Azerbaijan's districts and cities.",
        subcommands: [
            Command(
                name: "list", abstract: "List region codes and names.",
                options: [
                    CommonOptions.json,
                    .value("search", "text", help: "Only regions whose name or spelling contains this text."),
                ],
                action: listRegions)
        ])

    static func listProfessions(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let professions = try database.referenceData.professions()
        if values.flag("json") {
            context.stdout.write(try JSONOutput.render(professions.map { ["code": $0.code, "az": $0.label.az, "en": $0.label.en, "ru": $0.label.ru] }))
            return
        }
        var table = TextTable("CODE", "AZ", "EN", "RU")
        for profession in professions {
            table.append([profession.code, profession.label.az, profession.label.en, profession.label.ru])
        }
        context.stdout.write(table.render())
    }

    static func listRegions(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        var regions = try database.referenceData.regions()
        if let search = values.option("search").map(TextFolding.matchKey), !search.isEmpty {
            regions = regions.filter { region in
                ([region.code] + region.aliases).contains { $0.contains(search) }
            }
        }
        if values.flag("json") {
            context.stdout.write(
                try JSONOutput.render(regions.map {
                    ["code": $0.code, "kind": $0.kind.rawValue, "parent": $0.parentCode ?? "", "az": $0.name.az, "en": $0.name.en, "ru": $0.name.ru]
                }))
            return
        }
        var table = TextTable("CODE", "KIND", "AZ", "EN", "RU")
        for region in regions {
            table.append([region.code, region.kind.rawValue, region.name.az, region.name.en, region.name.ru])
        }
        context.stdout.write(table.render())
    }
}
