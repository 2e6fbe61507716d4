public import Foundation

/// One line of the append-only audit log: who did what, when, to which record, with the
/// old and new values as JSON.
public struct AuditEntry: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var at: Date
    public var actor: String
    /// A verb such as `course.import`, `trainee.merge`, `attendance.update`.
    public var action: String
    public var entity: String
    public var entityID: String?
    public var oldValue: String?
    public var newValue: String?
    public var detail: String?

    public init(
        id: UUID, at: Date, actor: String, action: String, entity: String, entityID: String? = nil,
        oldValue: String? = nil, newValue: String? = nil, detail: String? = nil
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.oldValue = oldValue
        self.newValue = newValue
        self.detail = detail
    }
}
