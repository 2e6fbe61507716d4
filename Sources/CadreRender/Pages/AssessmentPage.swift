public import CadreKit
public import CadreModel
import Foundation

/// The template context of an event's assessment results, and their one-line summary.
public enum AssessmentPage {
    public static func summaryLine(_ gain: KnowledgeGain) -> String {
        guard gain.pairs > 0 else { return "No matched pre/post pairs yet." }
        return "\(gain.pairs) matched pairs: mean pre \(format(gain.meanPre)), mean post \(format(gain.meanPost)), "
            + "mean gain \(format(gain.meanGain)) points (\(format(gain.meanGainPercent)) %), normalised gain "
            + (gain.normalisedGain.map { format($0, digits: 2) } ?? "—")
            + "; \(gain.improved) improved, \(gain.stayed) stayed, \(gain.dropped) dropped."
    }

    static func format(_ value: Double, digits: Int = 1) -> String {
        let scale = pow(10.0, Double(digits))
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
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
            "summary": .string(summaryLine(results.gain)),
        ]
    }
}
