public import CadreKit
public import CadreModel
import Foundation

/// The template context of an event's assessment results, and their one-line summary.
public enum AssessmentPage {
    /// The event's knowledge gain in one sentence of `language` (`assessment.summary` in the catalog).
    public static func summaryLine(_ gain: KnowledgeGain, language: Language, messages: [String: String]) -> String {
        guard gain.pairs > 0 else { return messages["assessment.noPairs"] ?? "No matched pre/post pairs yet." }
        let number = { (value: Double, digits: Int) in NumberWording.decimal(value, digits: digits, language) }
        let values = [
            "pairs": String(gain.pairs), "pre": number(gain.meanPre, 1), "post": number(gain.meanPost, 1), "gain": number(gain.meanGain, 1),
            "gainPercent": number(gain.meanGainPercent, 1), "normalised": gain.normalisedGain.map { number($0, 2) } ?? "—",
            "improved": String(gain.improved), "stayed": String(gain.stayed), "dropped": String(gain.dropped),
        ]
        return values.reduce(messages["assessment.summary"] ?? "") { text, value in text.replacingOccurrences(of: "{\(value.key)}", with: value.value) }
    }

    public static func context(_ results: AssessmentResults, language: Language, messages: [String: String]) -> TemplateValue {
        [
            "lang": .string(language.rawValue),
            "t": Messages.tree(messages),
            "event": ["code": .string(results.summary.event.code)],
            "course": ["code": .string(results.summary.course.code), "title": .string(results.summary.course.title[language])],
            "rows": .list(results.rows.map { row in
                [
                    "ref": .string(row.shownRef), "name": .string(row.name), "pre": .text(row.pre.map(String.init)),
                    "post": .text(row.post.map(String.init)), "gain": .text(row.gain.map { $0 > 0 ? "+\($0)" : String($0) }),
                    "max": .number(Double(row.maxScore)),
                ]
            }),
            "summary": .string(summaryLine(results.gain, language: language, messages: messages)),
        ]
    }
}
