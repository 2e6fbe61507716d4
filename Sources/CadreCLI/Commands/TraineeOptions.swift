import CadreKit
import CadreModel

/// The options that describe a person, shared by `trainee add` and `trainee edit`, and how
/// their values become normalised details.
enum TraineeOptions {
    static func details(required: Bool) -> [Option] {
        [
            .value("name", "full-name", help: "Full name, as on the identity card.", required: required),
            .value("sex", "sex", help: "female or male (also qadın/kişi, F/M, женский/мужской).", required: required),
            .value("profession", "profession", help: "Profession code, label or alias (see 'cadre profession list').", required: required),
            .value("organization", "organization", help: "Where the person works."),
            .value("region", "region", help: "District or city (see 'cadre region list')."),
            .value("email", "email", help: "E-mail address."),
            .value("phone", "phone", help: "Phone number; stored as +994…"),
            .value("national-id", "fin", help: "The FIN of the identity card (7 characters)."),
            .value("birth-date", "date", help: "Date of birth (1985-03-21 or 21.03.1985)."),
        ]
    }

    /// The option's value normalised by `parse`, nil when not given; a bad value is an input
    /// error naming the option.
    static func value<Value>(
        _ values: ParsedValues, _ name: String, _ parse: (String) throws(InvalidValue) -> Value
    ) throws -> Value? {
        guard let raw = values.option(name) else { return nil }
        do {
            return try parse(raw)
        } catch {
            throw InvalidOption(option: name, value: raw, reason: error.reason)
        }
    }

    /// Normalises each given option.
    static func parse(_ values: ParsedValues, resolver: ReferenceResolver) throws -> TraineeDetails {
        func field<Value>(_ name: String, _ parse: (String) throws(InvalidValue) -> Value) throws -> Value? {
            try value(values, name, parse)
        }
        return TraineeDetails(
            fullName: try field("name", TraineeNormalizer.name),
            sex: try field("sex", TraineeNormalizer.sex),
            professionCode: try field("profession", resolver.profession),
            organization: try field("organization") { raw throws(InvalidValue) in try TraineeNormalizer.text(raw) },
            regionCode: try field("region", resolver.region),
            email: try field("email", TraineeNormalizer.email),
            phone: try field("phone", TraineeNormalizer.phone),
            nationalID: try field("national-id", TraineeNormalizer.nationalID),
            birthDate: try field("birth-date", TraineeNormalizer.birthDate))
    }
}

/// An option whose value is wrong as data (not as syntax): exit 65, naming the option.
struct InvalidOption: CadreError {
    let option: String
    let value: String
    let reason: String
    var category: ErrorCategory { .invalidInput }
    var description: String { "--\(option): \"\(Quoted.value(value))\" \(reason)" }
}
