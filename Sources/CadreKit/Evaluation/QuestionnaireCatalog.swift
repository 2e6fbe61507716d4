public import CadreModel
public import Foundation

/// Loads questionnaire files into the database and answers which questionnaires there are.
public struct QuestionnaireCatalog {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// Validates every file first, then stores the changed ones in one transaction: a single bad
    /// file means nothing is loaded. Outcomes as a course import's (added, a new version,
    /// unchanged).
    public func importQuestionnaires(from files: [URL], context: ChangeContext) throws -> [CourseCatalog.ImportOutcome] {
        try database.write { database in
            let decoded = try files.map { file in (file, try QuestionnaireDecoder.decode(try InputFiles.read(file), file: file.lastPathComponent)) }
            try CourseCatalog.refuseRepeatedCodes(decoded.map { ($0.0, $0.1.code) }, kind: "questionnaire")
            let store = database.questionnaires
            return try decoded.map { file, content in
                let canonical = try Self.canonicalJSON(content)
                let latest = try store.latest(code: content.code)
                if let latest, latest.canonicalJSON == canonical {
                    return .init(file: file.lastPathComponent, code: content.code, version: latest.questionnaire.version, change: .unchanged)
                }
                var questionnaire = content
                questionnaire.id = context.makeID()
                questionnaire.version = (latest?.questionnaire.version ?? 0) + 1
                let now = context.now()
                try store.insert(questionnaire, sourceName: file.lastPathComponent, canonicalJSON: canonical, at: now)
                try database.audit.record(context, "questionnaire.import", entity: "questionnaire", entityID: questionnaire.id.databaseText,
                    detail: "\(questionnaire.code) version \(questionnaire.version) from \(file.lastPathComponent)", at: now)
                return .init(
                    file: file.lastPathComponent, code: questionnaire.code, version: questionnaire.version,
                    change: latest == nil ? .added : .newVersion)
            }
        }
    }

    /// The newest version of every questionnaire.
    public func list() throws -> [Questionnaire] {
        try database.read { try $0.questionnaires.allLatest() }
    }

    /// The newest version of the questionnaire with `code` (any case), or nil.
    public func questionnaire(code: String) throws -> Questionnaire? {
        try database.read { try $0.questionnaires.latest(code: code.uppercased())?.questionnaire }
    }

    /// A questionnaire's content without its identity, in a stable form: two files that ask the
    /// same give the same text, however they are laid out.
    static func canonicalJSON(_ questionnaire: Questionnaire) throws -> String {
        var content = questionnaire
        content.id = UUID.zero
        content.version = 0
        return try CourseCatalog.canonicalText(content)
    }
}
