public import Foundation

/// An organisation that runs trainings, e.g. the Saatli Family and Child Support Service Centre.
public struct Centre: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    /// A short code people type, e.g. `SAATLI`.
    public var code: String
    /// Its name in Azerbaijani, the one it is registered under.
    public var name: String
    public var regionCode: String?
    public var address: String?
    /// Its name in English and Russian, when given; nil reads as ``name``.
    public var nameEN: String?
    public var nameRU: String?

    public init(
        id: UUID, code: String, name: String, regionCode: String? = nil, address: String? = nil, nameEN: String? = nil, nameRU: String? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.regionCode = regionCode
        self.address = address
        self.nameEN = nameEN
        self.nameRU = nameRU
    }

    /// The name in each language: certificates, sheets and reports name the centre in theirs.
    public var names: LocalizedText { LocalizedText(az: name, en: nameEN ?? name, ru: nameRU ?? name) }
}
