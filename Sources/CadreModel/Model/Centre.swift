public import Foundation

/// An organisation that runs trainings, e.g. the Saatli Family and Child Support Service Centre.
public struct Centre: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    /// A short code people type, e.g. `SAATLI`.
    public var code: String
    public var name: String
    public var regionCode: String?
    public var address: String?

    public init(id: UUID, code: String, name: String, regionCode: String? = nil, address: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.regionCode = regionCode
        self.address = address
    }
}
