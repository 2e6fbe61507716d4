public import Foundation

/// A room or hall where sessions take place; clash checks keep it single-booked.
public struct Venue: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var code: String
    public var centreID: UUID?
    public var name: String
    public var address: String?
    public var regionCode: String?
    public var capacity: Int?

    public init(
        id: UUID, code: String, centreID: UUID? = nil, name: String, address: String? = nil,
        regionCode: String? = nil, capacity: Int? = nil
    ) {
        self.id = id
        self.code = code
        self.centreID = centreID
        self.name = name
        self.address = address
        self.regionCode = regionCode
        self.capacity = capacity
    }
}
