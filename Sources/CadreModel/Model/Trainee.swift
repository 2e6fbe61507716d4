public import Foundation

/// A person registered for training. `ref` is Cadre's short reference (`T-00042`); the
/// centres' own references live in `externalRefs` and stay resolvable forever.
///
/// Personal fields are optional because erasure removes them while the anonymous facts
/// statistics need (sex, profession, region) stay.
public struct Trainee: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var ref: String
    public var fullName: String?
    public var sex: Sex?
    public var birthDate: String?
    public var professionCode: String?
    public var organization: String?
    public var regionCode: String?
    public var email: String?
    public var phone: String?
    /// The FIN of the Azerbaijani identity card (7 characters).
    public var nationalID: String?
    public var externalRefs: [String]
    /// Set when this record was merged into another person.
    public var mergedIntoID: UUID?
    public var erasedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID, ref: String, fullName: String?, sex: Sex?, birthDate: String? = nil,
        professionCode: String?, organization: String? = nil, regionCode: String? = nil,
        email: String? = nil, phone: String? = nil, nationalID: String? = nil,
        externalRefs: [String] = [], mergedIntoID: UUID? = nil, erasedAt: Date? = nil,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.ref = ref
        self.fullName = fullName
        self.sex = sex
        self.birthDate = birthDate
        self.professionCode = professionCode
        self.organization = organization
        self.regionCode = regionCode
        self.email = email
        self.phone = phone
        self.nationalID = nationalID
        self.externalRefs = externalRefs
        self.mergedIntoID = mergedIntoID
        self.erasedAt = erasedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
