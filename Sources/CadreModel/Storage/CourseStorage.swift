public import Foundation

/// Courses, every version kept, each with the canonical form it was imported from.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol CourseStorage {
    /// The highest version of the course with this code, with its stored canonical form.
    func latest(code: CourseCode) throws -> (course: Course, canonicalJSON: String)?

    func course(id: UUID) throws -> Course?

    /// The newest version of every course, ordered by code.
    func allLatest() throws -> [Course]

    /// Every version of a course, oldest first.
    func versions(code: CourseCode) throws -> [Course]

    func insert(_ course: Course, sourceName: String, canonicalJSON: String, at date: Date) throws
}
