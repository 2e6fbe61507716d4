public import Foundation

/// A person who delivers sessions; clash checks keep them in one place at a time.
public struct Trainer: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var ref: String
    public var fullName: String
    public var organization: String?
    public var email: String?
    public var languages: [Language]

    public init(
        id: UUID, ref: String, fullName: String, organization: String? = nil, email: String? = nil,
        languages: [Language] = []
    ) {
        self.id = id
        self.ref = ref
        self.fullName = fullName
        self.organization = organization
        self.email = email
        self.languages = languages
    }
}
