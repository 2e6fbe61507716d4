/// Who issues a certificate, as it shows: the ministry's and the centre's logos, the donor's
/// emblem, and up to two people who sign. Set once (`cadre branding set`), stored with the
/// records, and printed on every certificate; a certificate without any still looks finished.
public struct Branding: Equatable, Sendable {
    /// A person who signs certificates, with the title printed under the line in each of the
    /// certificate's languages ("Mərkəzin direktoru / Director of the centre").
    public struct Signatory: Equatable, Sendable, Codable {
        public let name: String
        /// Empty in every language when the signatory has no title.
        public let title: LocalizedText

        public init(name: String, title: LocalizedText) {
            self.name = name
            self.title = title
        }

        /// One title for every language.
        public init(name: String, title: String) {
            self.init(name: name, title: LocalizedText(az: title, en: title, ru: title))
        }
    }

    /// Where a logo goes.
    public enum Slot: String, CaseIterable, Sendable {
        case ministry, centre, donor
    }

    public var ministryLogo: BrandingImage?
    public var centreLogo: BrandingImage?
    public var donorLogo: BrandingImage?
    /// At most ``maximumSignatories``, in the order they sign.
    public var signatories: [Signatory]

    public static let maximumSignatories = 2

    public init(ministryLogo: BrandingImage? = nil, centreLogo: BrandingImage? = nil, donorLogo: BrandingImage? = nil, signatories: [Signatory] = []) {
        self.ministryLogo = ministryLogo
        self.centreLogo = centreLogo
        self.donorLogo = donorLogo
        self.signatories = signatories
    }

    public static let none = Branding()

    public subscript(slot: Slot) -> BrandingImage? {
        get {
            switch slot {
            case .ministry: ministryLogo
            case .centre: centreLogo
            case .donor: donorLogo
            }
        }
        set {
            switch slot {
            case .ministry: ministryLogo = newValue
            case .centre: centreLogo = newValue
            case .donor: donorLogo = newValue
            }
        }
    }
}
