/// The columns a trainee file may have, with the headers people use for them in Azerbaijani,
/// Russian and English. Headers are matched by ``TextFolding/matchKey(_:)``, so case,
/// diacritics and punctuation do not matter.
public enum TraineeField: String, ImportField {
    case fullName = "full_name"
    case sex
    case profession
    case organization
    case region
    case email
    case phone
    case nationalID = "national_id"
    case ref
    case birthDate = "birth_date"

    public var aliases: [String] {
        switch self {
        case .fullName:
            ["full name", "name", "ad soyad", "adı soyadı", "soyadı adı", "soyad ad", "ad soyad ata adı", "soyadı, adı, atasının adı",
             "iştirakçı", "фио", "ф.и.о.", "фамилия имя", "фамилия имя отчество", "participant"]
        case .sex: ["gender", "cins", "cinsi", "пол"]
        case .profession: ["peşə", "peşəsi", "vəzifə", "vəzifəsi", "профессия", "должность", "occupation", "position"]
        case .organization:
            ["organisation", "təşkilat", "iş yeri", "müəssisə", "qurum", "организация", "место работы", "employer"]
        case .region: ["rayon", "şəhər", "şəhər rayon", "district", "регион", "район", "город"]
        case .email: ["e-mail", "e-poçt", "elektron poçt", "эл. почта", "электронная почта", "почта", "mail"]
        case .phone: ["telefon", "mobil", "mobil telefon", "телефон", "тел", "mobile", "tel"]
        case .nationalID: ["fin", "fin kod", "fin kodu", "фин", "pin", "national id", "şəxsiyyət vəsiqəsinin fin kodu"]
        case .ref: ["id", "no", "reference", "qeydiyyat nömrəsi", "sıra", "номер", "код"]
        case .birthDate: ["date of birth", "doğum tarixi", "дата рождения", "dob", "birthday"]
        }
    }

    public static let required: [TraineeField] = [.fullName, .sex, .profession]
}
