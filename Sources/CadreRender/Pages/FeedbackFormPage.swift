public import CadreKit
public import CadreModel
import Foundation

/// The printed end-of-training questionnaire of an event (A4): a box to tick for each scale
/// point, option and yes/no, lines for free text, every question with its key so the forms can
/// be typed into a file (`cadre feedback import`) by the columns the form names.
public enum FeedbackFormPage {
    public static func context(
        _ questionnaire: Questionnaire, event: EventSummary, language: Language, messages: [String: String]
    ) -> TemplateValue {
        let yesNo: [TemplateValue] = [.string(messages["report.feedback.yes"] ?? "Yes"), .string(messages["report.feedback.no"] ?? "No")]
        return [
            "lang": .string(language.rawValue),
            "t": Messages.tree(messages),
            "title": .string(questionnaire.title[language]),
            "introduction": .string(questionnaire.introduction[language]),
            "event": ["code": .string(event.event.code)],
            "course": .string(event.course.title[language]),
            "dates": .string(DateWording.range(event.event.startDate, event.event.endDate, language)),
            "questions": .list(questionnaire.questions.map { question in
                var fields: [String: TemplateValue] = [
                    "key": .string(question.key), "text": .string(question.text[language]), "optional": .bool(!question.required),
                ]
                switch question.kind {
                case .scale(let low, let high):
                    fields["scale"] = [
                        "low": .string(low[language]), "high": .string(high[language]),
                        "points": .list(Question.scalePoints.map { .string(String($0)) }),
                    ]
                case .choice(let options): fields["options"] = ["items": .list(options.map { .string($0.label[language]) })]
                case .yesNo: fields["options"] = ["items": .list(yesNo)]
                case .text: fields["lines"] = .bool(true)
                }
                return .object(fields)
            }),
        ]
    }
}
