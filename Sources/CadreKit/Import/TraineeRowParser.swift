/// Validates and normalises one row of a trainee file, collecting every problem in it.
struct TraineeRowParser {
    let mapping: ColumnMapping<TraineeField>
    let resolver: ReferenceResolver
    let file: String

    func parse(_ record: CSVRecord) -> (details: TraineeDetails, ref: String?, problems: [FieldProblem]) {
        let values = mapping.values(of: record)
        var details = TraineeDetails()
        var ref: String?
        var problems: [FieldProblem] = []

        func field<Value>(_ field: TraineeField, _ parse: (String) throws(InvalidValue) -> Value) -> Value? {
            let raw = values[field] ?? ""
            guard !TextFolding.clean(raw).isEmpty else {
                if TraineeField.required.contains(field) {
                    problems.append(FieldProblem(file: file, line: record.line, column: mapping.header(of: field), value: "", reason: "is empty"))
                }
                return nil
            }
            do {
                return try parse(raw)
            } catch {
                problems.append(FieldProblem(
                    file: file, line: record.line, column: mapping.header(of: field), value: raw, reason: error.reason))
                return nil
            }
        }

        details.fullName = field(.fullName, TraineeNormalizer.name)
        details.sex = field(.sex, TraineeNormalizer.sex)
        details.professionCode = field(.profession, resolver.profession)
        details.organization = field(.organization) { raw throws(InvalidValue) in try TraineeNormalizer.text(raw) }
        details.regionCode = field(.region, resolver.region)
        details.email = field(.email, TraineeNormalizer.email)
        details.phone = field(.phone, TraineeNormalizer.phone)
        details.nationalID = field(.nationalID, TraineeNormalizer.nationalID)
        details.birthDate = field(.birthDate, TraineeNormalizer.birthDate)
        ref = field(.ref, TraineeNormalizer.reference)
        return (details, ref, problems)
    }
}
