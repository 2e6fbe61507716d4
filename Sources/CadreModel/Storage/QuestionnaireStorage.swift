public import Foundation

/// Questionnaires, every version kept with the canonical form it was imported from, as courses are.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or ``Store/write(_:)``).
public protocol QuestionnaireStorage {
    /// The highest version of the questionnaire with this code, with its stored canonical form.
    func latest(code: String) throws -> (questionnaire: Questionnaire, canonicalJSON: String)?

    func questionnaire(id: UUID) throws -> Questionnaire?

    /// The newest version of every questionnaire, ordered by code.
    func allLatest() throws -> [Questionnaire]

    func insert(_ questionnaire: Questionnaire, sourceName: String, canonicalJSON: String, at date: Date) throws
}
