/// Short references (`T-00042`) handed out from memory inside one write transaction, the
/// counter written back once: a bulk import numbers a hundred thousand people with two
/// statements instead of two per person.
public protocol ReferenceBatch: AnyObject {
    /// The next reference; never handed out again once ``save()`` commits.
    func take() -> String

    /// Writes the counter back. Call it before the transaction commits.
    func save() throws
}
