/// A trainee's facts as typed on a command line or in a spreadsheet row, already normalised.
/// `nil` means "not given" (for edits: leave unchanged).
public struct TraineeDetails: Equatable, Sendable {
    public var fullName: String?
    public var sex: Sex?
    public var professionCode: String?
    public var organization: String?
    public var regionCode: String?
    public var email: String?
    public var phone: String?
    public var nationalID: String?
    public var birthDate: String?

    public init(
        fullName: String? = nil, sex: Sex? = nil, professionCode: String? = nil, organization: String? = nil,
        regionCode: String? = nil, email: String? = nil, phone: String? = nil, nationalID: String? = nil,
        birthDate: String? = nil
    ) {
        self.fullName = fullName
        self.sex = sex
        self.professionCode = professionCode
        self.organization = organization
        self.regionCode = regionCode
        self.email = email
        self.phone = phone
        self.nationalID = nationalID
        self.birthDate = birthDate
    }

    /// The trainee with every given field applied; returns the names of fields that changed.
    package func apply(to trainee: inout Trainee) -> [String] {
        var changed: [String] = []
        func set<Value: Equatable>(_ keyPath: WritableKeyPath<Trainee, Value?>, _ value: Value?, _ name: String) {
            guard let value, trainee[keyPath: keyPath] != value else { return }
            trainee[keyPath: keyPath] = value
            changed.append(name)
        }
        set(\.fullName, fullName, "full_name")
        set(\.sex, sex, "sex")
        set(\.professionCode, professionCode, "profession")
        set(\.organization, organization, "organization")
        set(\.regionCode, regionCode, "region")
        set(\.email, email, "email")
        set(\.phone, phone, "phone")
        set(\.nationalID, nationalID, "national_id")
        set(\.birthDate, birthDate, "birth_date")
        return changed
    }

    /// Fields a person's record lacks that this one has, for filling gaps when merging.
    package func fillingGaps(of trainee: Trainee) -> TraineeDetails {
        TraineeDetails(
            fullName: trainee.fullName == nil ? fullName : nil, sex: trainee.sex == nil ? sex : nil,
            professionCode: trainee.professionCode == nil ? professionCode : nil,
            organization: trainee.organization == nil ? organization : nil,
            regionCode: trainee.regionCode == nil ? regionCode : nil, email: trainee.email == nil ? email : nil,
            phone: trainee.phone == nil ? phone : nil, nationalID: trainee.nationalID == nil ? nationalID : nil,
            birthDate: trainee.birthDate == nil ? birthDate : nil)
    }

    package init(of trainee: Trainee) {
        self.init(
            fullName: trainee.fullName, sex: trainee.sex, professionCode: trainee.professionCode,
            organization: trainee.organization, regionCode: trainee.regionCode, email: trainee.email,
            phone: trainee.phone, nationalID: trainee.nationalID, birthDate: trainee.birthDate)
    }
}
