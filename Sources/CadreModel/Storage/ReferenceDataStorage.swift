/// The catalogues of professions and regions, with the aliases spreadsheets use.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol ReferenceDataStorage {
    /// Professions in report order; `aliases` holds the folded match keys people's spellings map to.
    func professions() throws -> [Profession]

    func regions() throws -> [Region]

    /// The profession whose code, label or alias folds to the same key as `text`.
    func profession(matching text: String) throws -> String?

    /// The region whose code, name or alias folds to the same key as `text`.
    func region(matching text: String) throws -> String?
}
