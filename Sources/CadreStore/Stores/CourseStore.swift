public import CadreModel
public import Foundation

/// Queries for courses and their modules, objectives and audiences.
package struct CourseStore<Connection: SQLConnection>: CourseStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// The highest version of the course with this code, with its stored canonical form.
    package func latest(code: CourseCode) throws -> (course: Course, canonicalJSON: String)? {
        guard let row = try database.row(
            "\(Self.select) WHERE code = ? ORDER BY version DESC LIMIT 1", [code.text])
        else { return nil }
        return (try course(from: row), row.string("canonical_json") ?? "")
    }

    package func course(id: UUID) throws -> Course? {
        try database.row("\(Self.select) WHERE uuid = ?", [id]).map(course(from:))
    }

    /// The newest version of every course, ordered by code.
    package func allLatest() throws -> [Course] {
        try database.rows(
            """
            \(Self.select) AS c
            WHERE version = (SELECT MAX(version) FROM course WHERE code = c.code)
            ORDER BY code
            """
        ).map(course(from:))
    }

    /// Every version of a course, oldest first.
    package func versions(code: CourseCode) throws -> [Course] {
        try database.rows("\(Self.select) WHERE code = ? ORDER BY version", [code.text]).map(course(from:))
    }

    /// A course's columns, its row id as `key` (for its modules) and its UUID as `id`.
    private static var select: String { "SELECT id AS key, uuid AS id, * FROM course" }

    package func insert(_ course: Course, sourceName: String, canonicalJSON: String, at date: Date) throws {
        try database.execute(
            """
            INSERT INTO course (uuid, code, version, title_az, title_en, title_ru, min_attendance_percent,
                pass_mark, max_score, total_minutes, source_name, canonical_json, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                course.id, course.code, course.version, course.title.az, course.title.en, course.title.ru,
                course.completion.minAttendancePercent, course.completion.passMark, course.assessment.maxScore,
                course.totalMinutes, sourceName, canonicalJSON, Timestamp.string(from: date),
            ])
        let id = try database.rowID(.course, course.id)
        for profession in course.audience {
            try database.execute(
                "INSERT INTO course_audience (course_id, profession_code) VALUES (?, ?)", [id, profession])
        }
        for (index, module) in course.modules.enumerated() {
            try database.execute(
                """
                INSERT INTO course_module (course_id, position, title_az, title_en, title_ru, minutes)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [id, index + 1, module.title.az, module.title.en, module.title.ru, module.minutes])
            for (objectiveIndex, objective) in module.objectives.enumerated() {
                try database.execute(
                    """
                    INSERT INTO course_objective (course_id, module_position, position, text_az, text_en, text_ru)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, [id, index + 1, objectiveIndex + 1, objective.az, objective.en, objective.ru])
            }
        }
    }

    private func course(from row: Row) throws -> Course {
        let stored = row.stored("course")
        let id = try stored.int("key")
        let audience = try database.rows(
            """
            SELECT a.profession_code FROM course_audience AS a JOIN profession AS p ON p.code = a.profession_code
            WHERE a.course_id = ? ORDER BY p.position
            """, [id]
        ).compactMap { $0.string(at: 0) }
        let objectiveRows = try database.rows(
            "SELECT module_position, text_az, text_en, text_ru FROM course_objective WHERE course_id = ? ORDER BY module_position, position",
            [id])
        let objectives = Dictionary(grouping: objectiveRows, by: { $0.int("module_position") ?? 0 })
        let modules = try database.rows(
            "SELECT position, title_az, title_en, title_ru, minutes FROM course_module WHERE course_id = ? ORDER BY position",
            [id]
        ).map { module in
            CourseModule(
                title: module.localized("title"), minutes: module.int("minutes") ?? 0,
                objectives: (objectives[module.int("position") ?? 0] ?? []).map { $0.localized("text") })
        }
        let feedback = try Self.feedback(row.string("canonical_json"))
        return Course(
            id: try stored.uuid("id"), code: try stored.text("code"), version: try stored.int("version"),
            title: row.localized("title"), audience: audience, modules: modules,
            completion: CompletionRule(minAttendancePercent: try stored.int("min_attendance_percent"), passMark: try stored.optionalInt("pass_mark")),
            assessment: AssessmentSpec(maxScore: try stored.int("max_score")),
            feedbackQuestions: feedback?.feedbackQuestions, feedbackQuestionnaire: feedback?.feedbackQuestionnaire)
    }

    /// A course's own feedback questionnaire and questions: kept only in its canonical JSON
    /// (read whole, never queried). A course without them has neither key there.
    private static func feedback(_ canonical: String?) throws -> CourseFeedbackContent? {
        guard let canonical, canonical.contains("\"feedbackQuestions\"") || canonical.contains("\"feedbackQuestionnaire\"") else { return nil }
        return try JSONDecoder().decode(CourseFeedbackContent.self, from: Data(canonical.utf8))
    }
}

extension Row {
    /// Reads `prefix_az`, `prefix_en` and `prefix_ru` as one text.
    package func localized(_ prefix: String) -> LocalizedText {
        LocalizedText(az: string("\(prefix)_az") ?? "", en: string("\(prefix)_en") ?? "", ru: string("\(prefix)_ru") ?? "")
    }
}

/// The part of a course's canonical JSON that only it holds.
private struct CourseFeedbackContent: Decodable {
    let feedbackQuestions: [Question]?
    let feedbackQuestionnaire: String?
}
