import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/trainees`: finding people in the national registry, adding one, and uploading a sign-up
/// sheet with the same checks and the same list of line errors as `cadre trainee import`.
extension WebApp {
    /// The search (`?q=`) and the form to add one person.
    func trainees(_ visitor: Visitor) throws -> HTTPResponse {
        try traineePage(visitor, values: [:])
    }

    func traineePage(_ visitor: Visitor, values: [String: TemplateValue], status: Int = 200) throws -> HTTPResponse {
        let search = visitor.query("q")
        let found = try search.map { try TraineeRegistry(visitor.store).list(TraineeFilter(search: $0, limit: 50)) }
        let labels = try PersonLabels(visitor.store, language: visitor.language)
        var context = values
        context["q"] = .text(search)
        context["searched"] = .bool(search != nil)
        context["matching"] = .number(Double(found?.matching ?? 0))
        context["found"] = .list(traineeLines(found?.trainees ?? [], labels))
        context["choices"] = personChoices(labels)
        return try page("trainees", visitor, context, status: status)
    }

    /// Adds one person from the form; a field that does not read is named with its problem.
    func addTrainee(_ visitor: Visitor) throws -> HTTPResponse {
        let (details, problems) = try traineeDetails(visitor)
        guard problems.isEmpty else {
            return try traineePage(visitor, values: ["problems": .list(problems.map { .string($0) })], status: 400)
        }
        let trainee = try TraineeRegistry(visitor.store).add(details, externalRef: nil, context: visitor.changeContext)
        return try traineePage(visitor, values: ["done": .string(visitor.text("web.trainee.added") + " " + trainee.ref + " · " + (trainee.fullName ?? ""))])
    }

    /// A person's details as the form gives them, normalised as the CLI's options are; each
    /// field that does not read is a problem naming the field. Blank fields are left out.
    func traineeDetails(_ visitor: Visitor) throws -> (TraineeDetails, [String]) {
        let resolver = try ReferenceResolver(visitor.store)
        var problems: [String] = []
        func field<Value>(_ name: String, _ label: String, _ parse: (String) throws(InvalidValue) -> Value) -> Value? {
            guard let raw = visitor.field(name) else { return nil }
            do {
                return try parse(raw)
            } catch {
                problems.append("\(visitor.text(label)): «\(raw)» \(visitor.words(error))")
                return nil
            }
        }
        let details = TraineeDetails(
            fullName: field("name", "sheet.name", TraineeNormalizer.name),
            sex: field("sex", "web.trainee.sex", TraineeNormalizer.sex),
            professionCode: field("profession", "sheet.profession", resolver.profession),
            organization: field("organization", "sheet.organization") { raw throws(InvalidValue) in try TraineeNormalizer.text(raw) },
            regionCode: field("region", "web.trainee.region", resolver.region),
            email: field("email", "web.trainee.email", TraineeNormalizer.email),
            phone: field("phone", "web.trainee.phone", TraineeNormalizer.phone),
            nationalID: field("national-id", "web.trainee.nationalID", TraineeNormalizer.nationalID),
            birthDate: field("birth-date", "web.trainee.birthDate", TraineeNormalizer.birthDate))
        return (details, problems)
    }

    func uploadForm(_ visitor: Visitor, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        try page("trainees-upload", visitor, values, status: status)
    }

    /// Imports an uploaded sign-up CSV all or nothing (or its valid rows, when asked), and
    /// shows what the CLI would print: the summary, or every problem with its line.
    func upload(_ visitor: Visitor) throws -> HTTPResponse {
        guard let file = visitor.upload?.file("file"), !file.body.isEmpty else {
            return try uploadForm(visitor, values: ["problems": [.string(visitor.text("web.upload.noFile"))]], status: 400)
        }
        let options = TraineeImporter.Options(skipInvalid: visitor.field("skip-invalid") != nil, dryRun: visitor.field("dry-run") != nil)
        let result: (summary: TraineeImporter.Summary, header: [String], rejected: [RejectedRow])
        do {
            // Read where it lies, in memory (within the upload's size limit): nothing of it reaches the disk.
            let reader = try CSVReader(bytes: file.body, fileName: UploadedFile.safeName(file.fileName ?? ""))
            let access = visitor.access
            result = try TraineeImporter(visitor.store).importSheet(
                reader, options: options, context: visitor.changeContext, mayChange: { try access.mayEdit($0, in: $1) })
        } catch let rejected as ImportRejected {
            return try uploadForm(visitor, values: [
                "refused": .string(visitor.text("web.upload.refused")),
                "problems": .list(rejected.problems.map { .string(ProblemWords.line($0, visitor.messages)) }),
            ], status: 400)
        } catch let error as CSVError {
            // The file's own problem in the page's language, where the catalog has its words.
            let words = error.key.flatMap { visitor.messages[$0] }.map { "\(error.file):\(error.line): \($0)" } ?? error.description
            return try uploadForm(visitor, values: ["refused": .string(visitor.text("web.upload.refused")), "problems": [.string(words)]], status: 400)
        }
        let summary = result.summary
        return try uploadForm(visitor, values: [
            "done": .string(visitor.text(summary.dryRun ? "web.upload.dryRun" : "web.upload.done")),
            "summary": [
                "rows": .number(Double(summary.rows)), "added": .number(Double(summary.added)), "updated": .number(Double(summary.updated)),
                "unchanged": .number(Double(summary.unchanged)), "merged": .number(Double(summary.merged)),
                "rejected": .number(Double(summary.rejected)),
            ],
            "mergedRows": .list(summary.mergedRows.map { .string($0.description) }),
            "skipped": .list(result.rejected.map { .string("\(file.fileName ?? ""):\($0.line): \($0.reason)") }),
        ])
    }

    /// People as a list shows them: reference, name, profession, region (never phone, e-mail
    /// or FIN: a list may be read over a shoulder).
    func traineeLines(_ trainees: [Trainee], _ labels: PersonLabels) -> [TemplateValue] {
        trainees.map { trainee in
            [
                "ref": .string(trainee.ref), "name": .text(trainee.fullName), "path": .string(Self.pathEscaped(trainee.ref)),
                "profession": .text(trainee.professionCode.map(labels.profession)), "region": .text(trainee.regionCode.map(labels.region)),
            ]
        }
    }

    /// The professions and regions to choose from, in the visitor's language.
    func personChoices(_ labels: PersonLabels) -> TemplateValue {
        ["professions": labels.professionChoices(), "regions": labels.regionChoices()]
    }
}
