import CadreModel
/// Validates and normalises one row of a trainee file, collecting every problem in it.
///
/// An import runs it on a thread of its own while the calling thread stores the rows
/// already parsed: it needs nothing from the database once made.
final class TraineeRowParser {
    /// One row read and checked, ready to be stored.
    struct Parsed: ParsedRecord, Sendable {
        let record: CSVRecord
        let details: TraineeDetails
        let ref: String?
        let problems: [FieldProblem]
        /// The name's duplicate-finding key (``TraineeStore/nameKey(_:)``), made here so
        /// the storing thread does not have to.
        let nameKey: String?
    }

    let mapping: ColumnMapping<TraineeField>
    let resolver: ReferenceResolver
    let file: String
    /// Sex, profession and region take few distinct values; each is resolved once per import.
    private var memo: [TraineeField: [String: Result<String, InvalidValue>]] = [:]

    init(mapping: ColumnMapping<TraineeField>, resolver: ReferenceResolver, file: String) {
        self.mapping = mapping
        self.resolver = resolver
        self.file = file
    }

    private func remembered(_ field: TraineeField, _ raw: String, _ resolve: (String) throws(InvalidValue) -> String) throws(InvalidValue) -> String {
        if let known = memo[field]?[raw] { return try known.get() }
        let result = Result { () throws(InvalidValue) in try resolve(raw) }
        memo[field, default: [:]][raw] = result
        return try result.get()
    }

    func parse(_ record: CSVRecord) -> Parsed {
        let values = mapping.values(of: record)
        var details = TraineeDetails()
        var ref: String?
        var problems: [FieldProblem] = []
        if let overflow = mapping.overflow(of: record, file: file) { problems.append(overflow) }

        func field<Value>(_ field: TraineeField, _ parse: (String) throws(InvalidValue) -> Value) -> Value? {
            let raw = values[field] ?? ""
            guard !TextFolding.clean(raw).isEmpty else {
                if TraineeField.required.contains(field) {
                    problems.append(FieldProblem(file: file, line: record.line, column: mapping.header(of: field), value: "", reason: "is empty", reasonKey: "problem.empty"))
                }
                return nil
            }
            do {
                return try parse(raw)
            } catch {
                problems.append(FieldProblem(
                    file: file, line: record.line, column: mapping.header(of: field), value: raw, error))
                return nil
            }
        }

        details.fullName = field(.fullName, TraineeNormalizer.name)
        details.sex = field(.sex) { raw throws(InvalidValue) in
            Sex(rawValue: try remembered(.sex, raw) { raw throws(InvalidValue) in try TraineeNormalizer.sex(raw).rawValue }) ?? .female
        }
        details.professionCode = field(.profession) { raw throws(InvalidValue) in try remembered(.profession, raw, resolver.profession) }
        details.organization = field(.organization) { raw throws(InvalidValue) in try TraineeNormalizer.text(raw) }
        details.regionCode = field(.region) { raw throws(InvalidValue) in try remembered(.region, raw, resolver.region) }
        details.email = field(.email, TraineeNormalizer.email)
        details.phone = field(.phone, TraineeNormalizer.phone)
        details.nationalID = field(.nationalID, TraineeNormalizer.nationalID)
        details.birthDate = field(.birthDate, TraineeNormalizer.birthDate)
        ref = field(.ref, TraineeNormalizer.reference)
        return Parsed(
            record: record, details: details, ref: ref, problems: problems,
            nameKey: problems.isEmpty ? details.fullName.map(IdentityPolicy.nameKey) : nil)
    }
}
