public import CadreModel

extension SchedulingStorage {
    /// The centre a person named (by code or name), or ``NotFound`` saying so.
    public func existingCentre(_ reference: String) throws -> Centre {
        guard let centre = try centre(reference) else { throw NotFound(kind: "centre", reference: reference) }
        return centre
    }
}
