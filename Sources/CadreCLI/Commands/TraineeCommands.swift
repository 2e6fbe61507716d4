import CadreKit
import CadreModel
import Foundation

/// `cadre trainee …`: the register of people trained.
enum TraineeCommands {
    static let command = Command(
        name: "trainee",
        abstract: "Register trainees, import them from spreadsheets, find duplicates, export and erase.",
        subcommands: [
            add, edit, show, list, TraineeImportCommand.command, TraineeExportCommand.command, duplicates, merge, erase,
        ])

    static let add = Command(
        name: "add",
        abstract: "Register one person.",
        discussion: "Refuses someone already registered (same FIN, or same e-mail and name) unless --force.",
        options: TraineeOptions.details(required: true) + [
            .value("ref", "ref", help: "The centre's own reference for this person."),
            .flag("force", help: "Register even if the person seems to be registered already."),
            CommonOptions.json, CommonOptions.actor,
        ],
        action: runAdd)

    static let edit = Command(
        name: "edit",
        abstract: "Change a person's details; only the options given change.",
        arguments: [Argument(name: "ref", help: "The trainee's reference (T-00042 or the centre's).")],
        options: TraineeOptions.details(required: false) + [CommonOptions.json, CommonOptions.actor],
        action: runEdit)

    static let show = Command(
        name: "show",
        abstract: "Show one person's record.",
        arguments: [Argument(name: "ref", help: "The trainee's reference (T-00042 or the centre's).")],
        options: [CommonOptions.json, CommonOptions.language],
        action: runShow)

    static let list = Command(
        name: "list",
        abstract: "List trainees in Azerbaijani alphabetical order.",
        options: [
            .value("profession", "profession", help: "Only this profession."),
            .value("region", "region", help: "Only this region."),
            .value("sex", "sex", help: "Only this sex."),
            .value("search", "text", help: "Only names, references, e-mails or phones containing this text."),
            .value("limit", "n", help: "At most this many."),
            CommonOptions.json, CommonOptions.language,
        ],
        action: runList)

    static let duplicates = Command(
        name: "duplicates",
        abstract: "List records that are probably the same person, with the reason.",
        discussion: "Certain matches (same FIN, or same e-mail and name) are merged on import; these need a person to decide.",
        options: [CommonOptions.json],
        action: runDuplicates)

    static let merge = Command(
        name: "merge",
        abstract: "Merge a duplicate record into the one to keep.",
        discussion: "Moves references, enrollments, attendance, scores and certificates to KEEP in one transaction.",
        arguments: [
            Argument(name: "keep", help: "The record to keep."),
            Argument(name: "other", help: "The duplicate record to merge into it."),
        ],
        options: [CommonOptions.actor],
        action: runMerge)

    static let erase = Command(
        name: "erase",
        abstract: "Erase a person's personal data (data-protection request).",
        discussion: """
            Removes the name, contacts, FIN, date of birth and references; keeps sex, profession, region,
            attendance and scores so reported totals do not change. The file is vacuumed afterwards.
            """,
        arguments: [Argument(name: "ref", help: "The trainee's reference.")],
        options: [.value("reason", "text", help: "Why (recorded in the audit log).", required: true), CommonOptions.actor],
        action: runErase)

    static func runAdd(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let details = try TraineeOptions.parse(values, resolver: ReferenceResolver(database))
        let ref = try TraineeOptions.value(values, "ref", TraineeNormalizer.reference)
        let trainee = try TraineeRegistry(database).add(
            details, externalRef: ref, force: values.flag("force"), context: context.changeContext(values))
        if values.flag("json") { return context.stdout.write(try JSONOutput.render(trainee)) }
        context.print("Registered \(trainee.ref): \(trainee.fullName ?? "")")
    }

    static func runEdit(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let details = try TraineeOptions.parse(values, resolver: ReferenceResolver(database))
        let (trainee, changed) = try TraineeRegistry(database).edit(
            values.argument("ref") ?? "", details, context: context.changeContext(values))
        if values.flag("json") { return context.stdout.write(try JSONOutput.render(trainee)) }
        context.print(changed.isEmpty ? "\(trainee.ref): nothing changed." : "\(trainee.ref): changed \(changed.joined(separator: ", ")).")
    }

    static func runShow(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let trainee = try TraineeRegistry(database).find(values.argument("ref") ?? "")
        if values.flag("json") { return context.stdout.write(try JSONOutput.render(trainee)) }
        let labels = try DimensionLabels(database, language: context.language(values, database: database))
        let enrollments = try database.trainees.enrollmentCount(of: trainee.id)
        let rows: [(String, String?)] = [
            ("Reference", trainee.ref),
            ("Name", trainee.erasedAt == nil ? trainee.fullName : "(erased)"),
            ("Sex", trainee.sex?.rawValue),
            ("Profession", trainee.professionCode.map(labels.profession)),
            ("Organisation", trainee.organization),
            ("Region", trainee.regionCode.map(labels.region)),
            ("E-mail", trainee.email),
            ("Phone", trainee.phone),
            ("National id", trainee.nationalID),
            ("Date of birth", trainee.birthDate),
            ("Centre refs", trainee.externalRefs.isEmpty ? nil : trainee.externalRefs.joined(separator: ", ")),
            ("Enrollments", String(enrollments)),
            ("Erased", trainee.erasedAt.map(Timestamp.string(from:))),
        ]
        for case let (label, value?) in rows { context.print(label.padding(toLength: 15, withPad: " ", startingAt: 0) + value) }
    }

    static func runList(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let resolver = try ReferenceResolver(database)
        let filter = TraineeFilter(
            professionCode: try TraineeOptions.value(values, "profession", resolver.profession),
            regionCode: try TraineeOptions.value(values, "region", resolver.region),
            sex: try TraineeOptions.value(values, "sex", TraineeNormalizer.sex),
            search: values.option("search"), limit: try values.integer("limit", in: 1...1_000_000))
        let (trainees, matching) = try TraineeRegistry(database).list(filter)
        if values.flag("json") { return context.stdout.write(try JSONOutput.render(trainees)) }
        let labels = try DimensionLabels(database, language: context.language(values, database: database))
        var table = TextTable("REF", "NAME", "SEX", "PROFESSION", "REGION", "ORGANISATION")
        for trainee in trainees {
            table.append([
                trainee.ref, trainee.fullName ?? "(erased)", trainee.sex?.rawValue ?? "",
                trainee.professionCode.map(labels.profession) ?? "", trainee.regionCode.map(labels.region) ?? "",
                trainee.organization ?? "",
            ])
        }
        context.stdout.write(table.render())
        context.print(
            trainees.count < matching
                ? "\(trainees.count) of \(Plural.count(matching, "trainee", "trainees")) (--limit \(trainees.count))"
                : Plural.count(trainees.count, "trainee", "trainees"))
    }

    static func runDuplicates(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let pairs = try TraineeRegistry(database).probableDuplicates()
        if values.flag("json") {
            return context.stdout.write(try JSONOutput.render(pairs.map { ["first": $0.first.ref, "second": $0.second.ref, "reason": $0.reason] }))
        }
        var table = TextTable("FIRST", "SECOND", "NAMES", "REASON")
        for pair in pairs {
            table.append([pair.first.ref, pair.second.ref, "\(pair.first.fullName ?? "") / \(pair.second.fullName ?? "")", pair.reason])
        }
        context.stdout.write(table.render())
        context.print("\(pairs.count) probable duplicates; merge with 'cadre trainee merge KEEP OTHER'")
    }

    static func runMerge(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let other = values.argument("other") ?? ""
        let kept = try TraineeRegistry(database).merge(
            keep: values.argument("keep") ?? "", other: other, context: context.changeContext(values))
        context.print("Merged \(other) into \(kept.ref) (\(kept.fullName ?? "")).")
    }

    static func runErase(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let erased = try TraineeRegistry(database).erase(
            values.argument("ref") ?? "", reason: values.option("reason") ?? "", context: context.changeContext(values))
        try database.scrubFreedSpace()
        context.print("Erased the personal data of \(erased.ref).")
    }
}
