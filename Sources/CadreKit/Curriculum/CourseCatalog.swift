public import CadreModel
public import Foundation

/// Loads curricula into the database and answers questions about courses.
public struct CourseCatalog {
    /// What importing one curriculum file did.
    public struct ImportOutcome: Equatable, Sendable, Codable {
        public enum Change: String, Sendable, Codable {
            /// The first version of a new course.
            case added
            /// The file differs from the newest stored version: a new version was stored.
            case newVersion = "new-version"
            /// Identical to the newest stored version: nothing was written.
            case unchanged
        }

        public let file: String
        public let code: String
        public let version: Int
        public let change: Change
    }

    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// Validates every file first and then stores the changed ones in one transaction:
    /// a single bad file means nothing is loaded.
    public func importCurricula(from files: [URL], context: ChangeContext) throws -> [ImportOutcome] {
        try database.write { database in
            let professions = Set(try database.referenceData.professions().map(\.code))
            let courses = try files.map { file in
                (file, try CurriculumDecoder.decode(try InputFiles.read(file), file: file.lastPathComponent, knownProfessions: professions))
            }
            try Self.refuseRepeatedCodes(courses.map { ($0.0, $0.1.code) }, kind: "course")
            let store = database.courses
            return try courses.map { file, decoded in
                let canonical = try Self.canonicalJSON(decoded)
                let latest = try store.latest(code: CourseCode(decoded.code))
                if let latest, latest.canonicalJSON == canonical {
                    return ImportOutcome(file: file.lastPathComponent, code: decoded.code, version: latest.course.version, change: .unchanged)
                }
                var course = decoded
                course.id = context.makeID()
                course.version = (latest?.course.version ?? 0) + 1
                let now = context.now()
                try store.insert(course, sourceName: file.lastPathComponent, canonicalJSON: canonical, at: now)
                try database.audit.record(context, "course.import", entity: "course",
                    entityID: course.id.databaseText, newValue: canonical, detail: "\(course.code) version \(course.version) from \(file.lastPathComponent)", at: now)
                return ImportOutcome(
                    file: file.lastPathComponent, code: course.code, version: course.version,
                    change: latest == nil ? .added : .newVersion)
            }
        }
    }

    /// The newest version of every course.
    public func list() throws -> [Course] {
        try database.read { try $0.courses.allLatest() }
    }

    /// The newest version of the course with `code` (case-insensitive), or nil.
    public func course(code: String) throws -> Course? {
        try database.read { try $0.courses.latest(code: CourseCode(code))?.course }
    }

    /// A course's content without its identity, in a stable form: two files that mean the
    /// same course give the same text, however they are laid out.
    static func canonicalJSON(_ course: Course) throws -> String {
        var content = course
        content.id = UUID.zero
        content.version = 0
        return try canonicalText(content)
    }

    /// A value as JSON with sorted keys: the same content gives the same text.
    static func canonicalText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Refuses a set of files two of which give the same code (`kind`: "course", "questionnaire").
    static func refuseRepeatedCodes(_ files: [(URL, String)], kind: String) throws {
        guard let repeated = files.map(\.1).firstDuplicate else { return }
        let names = files.filter { $0.1 == repeated }.map(\.0.lastPathComponent).joined(separator: ", ")
        throw CurriculumError(file: names, location: "$.code", message: "\(kind) code '\(repeated)' appears in more than one file")
    }
}
