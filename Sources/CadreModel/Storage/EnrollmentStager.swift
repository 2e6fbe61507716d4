public import Foundation

/// The enrolments an import makes, stored together once its file has been read.
///
/// An import of twenty thousand enrolments asked the database seven questions a row; on
/// PostgreSQL each is a round trip to the server. Staged, the rows go into a temporary table in
/// the engine's bulk way (SQLite: batched inserts; PostgreSQL: `COPY`) and become enrolments by
/// one set-based statement, and the clashes they bring are found by one query.
public protocol EnrollmentStager {
    /// Holds an enrolment back. `reopening` marks one that exists (withdrawn) and is made
    /// enrolled or waitlisted again; `line` is the file's line, which decides which of two
    /// clashing new enrolments brings the clash.
    func stage(_ enrollment: Enrollment, line: Int, reopening: Bool) throws

    /// Stores every staged enrolment, in the order of their lines. Returns the clashes each
    /// brings, by line: sessions of another event the same person was enrolled in before it —
    /// stored earlier, or on an earlier line — that overlap its own, as enrolling them one by
    /// one would have found.
    func finish() throws -> [(line: Int, clash: ScheduleClash)]
}
