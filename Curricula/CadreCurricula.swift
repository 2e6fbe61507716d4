public import Foundation

/// Where the curricula that ship with Cadre live once built.
///
/// The JSON files in `Curricula/` are the single source of the built-in courses;
/// SwiftPM copies them into the binary's resource bundle, so `cadre course import`
/// finds them from any working directory.
public enum BuiltInCurricula {
    /// The built-in curriculum files, sorted by name for a stable import order.
    public static var files: [URL] {
        let folder = Bundle.module.bundleURL
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}

/// Where the questionnaires that ship with Cadre live once built (`Curricula/questionnaires/`).
public enum BuiltInQuestionnaires {
    /// The built-in questionnaire files, sorted by name.
    public static var files: [URL] {
        let folder = Bundle.module.bundleURL.appendingPathComponent("questionnaires")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
