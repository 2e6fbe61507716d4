import CadreKit
import CadreModel
import CadreRender
import Foundation

/// Feedback on a phone (issue #34), without an account: the end-of-training form from the
/// feedback QR code on the last session's screen (`/f/TOKEN`, sent to `/f`), and the follow-up
/// from a personal link (`/q/TOKEN`). The rules are ``FeedbackDoor``'s and ``FollowUpDesk``'s;
/// a refused form comes back with what was typed and each problem beside its question.
extension WebApp {
    static let feedbackCookie = "cadre_feedback"
    /// A form field's name for a question's answer: `a.` and the question's key.
    static let answerPrefix = "a."

    // MARK: At the door

    func doorFeedbackForm(_ request: HTTPRequest, token: String, language: Language) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        do {
            let form = try FeedbackDoor(store).open(token: token, now: now())
            return try questionnairePage(form.questionnaire, event: form.event, language: language, action: "/f", door: true,
                                         values: ["ticket": .string(form.ticket)], status: 200)
        } catch let refusal as CheckInDesk.Refusal {
            let title = try library.messages(language)["web.feedback.title"] ?? ""
            return try formPage(["title": .string(title), "refused": .string(try feedbackWords(refusal, language)), "closed": true],
                                language: language, path: "/f", status: refusal == .unknownCode ? 404 : 410)
        }
    }

    func sendDoorFeedback(_ request: HTTPRequest, language: Language, client: String) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        let door = FeedbackDoor(store)
        let ticket = request.formValue("ticket") ?? ""
        let messages = try library.messages(language)
        let form: FeedbackDoor.Form
        do {
            form = try door.form(ticket: ticket, now: now())
        } catch let refusal as CheckInDesk.Refusal {
            return try formPage(["title": .string(messages["web.feedback.title"] ?? ""), "refused": .string(try feedbackWords(refusal, language)), "closed": true],
                                language: language, path: "/f", status: refusal == .expired ? 410 : 404)
        }
        let kept = Self.keptIdentity(request)
        func refused(_ text: String, problems: [FeedbackForm.Problem] = [], status: Int) throws -> HTTPResponse {
            try questionnairePage(form.questionnaire, event: form.event, language: language, action: "/f", door: true,
                                  values: kept.merging(["ticket": .string(ticket), "refused": .string(text)]) { $1 },
                                  answers: Self.answers(request), problems: problems, status: status)
        }
        guard Self.formTokenMatches(request, cookie: Self.feedbackCookie) else { return try refused(messages["web.checkIn.formExpired"] ?? "", status: 403) }
        guard try checkInsByAddress.allow(client, in: store), try checkInsBySession.allow(form.session.id.uuidString, in: store) else {
            return try refused(messages["verify.tooMany"] ?? "", status: 429)
        }
        let identity: CheckInDesk.Identity
        if let reference = request.formValue("ref")?.trimmingCharacters(in: .whitespaces), !reference.isEmpty {
            identity = .reference(reference)
        } else {
            identity = .phoneAndName(lastDigits: request.formValue("phone") ?? "", letters: request.formValue("letters") ?? "")
        }
        do {
            let name = try door.submit(ticket: ticket, identity: identity, values: Self.answers(request), now: now())
            let done = (messages["web.feedback.done"] ?? "").replacingOccurrences(of: "{name}", with: name)
            return try formPage(["title": .string(form.questionnaire.title[language]), "done": .string(done)], language: language, path: "/f", status: 200)
        } catch let refusal as CheckInDesk.Refusal {
            return try refused(try feedbackWords(refusal, language), status: refusal == .expired ? 410 : 422)
        } catch FeedbackBook.FeedbackError.alreadyAnswered {
            return try formPage(["title": .string(form.questionnaire.title[language]), "refused": .string(messages["web.feedback.already"] ?? ""), "closed": true],
                                language: language, path: "/f", status: 409)
        } catch FeedbackBook.FeedbackError.invalid(let list) {
            return try refused(messages["web.feedback.problems"] ?? "", problems: list.problems, status: 422)
        }
    }

    // MARK: A follow-up link

    func followUpForm(_ request: HTTPRequest, token: String, language: Language, client: String) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        guard try followUpsByAddress.allow(client, in: store) else { return try tooManyFollowUps(language) }
        do {
            let opened = try FollowUpDesk(store).open(token: token, today: CalendarDate.today(now: now()))
            // The link's language, unless the person chose another on the page.
            let shown = request.queryValue("lang") == nil ? opened.language : language
            // The form is sent back in the language it was shown in, whatever the browser says.
            return try questionnairePage(opened.questionnaire, event: nil, language: shown, action: "/q/\(Self.pathEscaped(token))?lang=\(shown.rawValue)", door: false,
                                         values: ["about": .string(Self.training(opened, shown))], status: 200)
        } catch let refusal as FollowUpDesk.Refusal {
            return try followUpRefusal(refusal, language: language)
        }
    }

    func sendFollowUp(_ request: HTTPRequest, token: String, language: Language, client: String) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        guard try followUpsByAddress.allow(client, in: store) else { return try tooManyFollowUps(language) }
        let desk = FollowUpDesk(store)
        let today = CalendarDate.today(now: now())
        let messages = try library.messages(language)
        do {
            let opened = try desk.open(token: token, today: today)
            let action = "/q/\(Self.pathEscaped(token))?lang=\(language.rawValue)"
            guard Self.formTokenMatches(request, cookie: Self.feedbackCookie) else {
                return try questionnairePage(opened.questionnaire, event: nil, language: language, action: action, door: false,
                                             values: ["refused": .string(messages["web.checkIn.formExpired"] ?? "")], answers: Self.answers(request), status: 403)
            }
            do {
                try desk.submit(token: token, values: Self.answers(request), today: today)
            } catch FeedbackBook.FeedbackError.invalid(let list) {
                return try questionnairePage(opened.questionnaire, event: nil, language: language, action: action, door: false,
                                             values: ["refused": .string(messages["web.feedback.problems"] ?? ""), "about": .string(Self.training(opened, language))],
                                             answers: Self.answers(request),
                                             problems: list.problems, status: 422)
            }
            return try formPage(["title": .string(opened.questionnaire.title[language]), "done": .string(messages["web.feedback.thanks"] ?? "")],
                                language: language, path: "/q", status: 200)
        } catch let refusal as FollowUpDesk.Refusal {
            return try followUpRefusal(refusal, language: language)
        }
    }

    /// The training a follow-up asks about: its course and dates.
    static func training(_ opened: FollowUpDesk.Opened, _ language: Language) -> String {
        opened.courseTitle[language] + " · " + DateWording.range(opened.eventDates.start, opened.eventDates.end, language)
    }

    private func followUpRefusal(_ refusal: FollowUpDesk.Refusal, language: Language) throws -> HTTPResponse {
        let messages = try library.messages(language)
        let (key, status): (String, Int) = switch refusal {
        case .unknownLink, .notDue, .invalidDays: ("web.feedback.unknownLink", 404)
        case .notYetOpen: ("web.feedback.notYetOpen", 409)
        case .expired: ("web.feedback.linkExpired", 410)
        case .alreadyAnswered: ("web.feedback.already", 409)
        }
        var text = messages[key] ?? key
        switch refusal {
        case .notYetOpen(let date), .expired(let date): text = text.replacingOccurrences(of: "{date}", with: DateWording.long(date, language))
        default: break
        }
        return try formPage(["title": .string(messages["web.feedback.followUpTitle"] ?? ""), "refused": .string(text), "closed": true],
                            language: language, path: "/q", status: status)
    }

    private func tooManyFollowUps(_ language: Language) throws -> HTTPResponse {
        let messages = try library.messages(language)
        return try formPage(["title": .string(messages["web.feedback.followUpTitle"] ?? ""), "refused": .string(messages["verify.tooMany"] ?? ""), "closed": true],
                            language: language, path: "/q", status: 429)
    }

    // MARK: The page

    /// The questionnaire as a form: `answers` (question key → value) as sent, each problem
    /// beside its question in the page's language.
    func questionnairePage(
        _ questionnaire: Questionnaire, event: TrainingEvent?, language: Language, action: String, door: Bool, values: [String: TemplateValue],
        answers: [String: String] = [:], problems: [FeedbackForm.Problem] = [], status: Int
    ) throws -> HTTPResponse {
        let messages = try library.messages(language)
        var context = values
        context["title"] = .string(questionnaire.title[language])
        context["introduction"] = .string(questionnaire.introduction[language])
        context["privacy"] = .string(messages[questionnaire.linkedToPerson ? "web.feedback.linked" : "web.feedback.anonymous"] ?? "")
        context["event"] = .text(event.map(\.code))
        context["action"] = .string(action)
        context["door"] = .bool(door)
        context["questions"] = .list(questionnaire.questions.enumerated().map { index, question in
            let name = Self.answerPrefix + question.key
            let given = answers[question.key] ?? ""
            var fields: [String: TemplateValue] = [
                "number": .number(Double(index + 1)), "text": .string(question.text[language]), "optional": .bool(!question.required),
                "problem": .text(problems.first { $0.question == question.key }.map { Self.problemWords($0, messages) }),
            ]
            func choices(_ items: [(value: String, label: String)]) -> TemplateValue {
                ["items": .list(items.map { ["name": .string(name), "value": .string($0.value), "label": .string($0.label), "checked": .bool($0.value == given)] })]
            }
            switch question.kind {
            case .scale(let low, let high):
                fields["scale"] = [
                    "low": .string(low[language]), "high": .string(high[language]),
                    "points": .list(Question.scalePoints.map { ["name": .string(name), "value": .string(String($0)), "checked": .bool(String($0) == given)] }),
                ]
            case .choice(let options): fields["options"] = choices(options.map { ($0.key, $0.label[language]) })
            case .yesNo:
                fields["options"] = choices([("yes", messages["report.feedback.yes"] ?? "yes"), ("no", messages["report.feedback.no"] ?? "no")])
            case .text(let maxLength): fields["textBox"] = ["name": .string(name), "maxLength": .number(Double(maxLength)), "value": .string(given)]
            }
            return .object(fields)
        })
        return try formPage(context, language: language, path: door ? "/f" : "/q", status: status)
    }

    /// A page of the form, with a fresh form token in its cookie (scoped to `path`).
    private func formPage(_ values: [String: TemplateValue], language: Language, path: String, status: Int) throws -> HTTPResponse {
        var context = values
        let token = SignIn.randomHex()
        context["csrf"] = .string(token)
        var response = try page("questionnaire", language: language, context, status: status)
        response.headers.append(("Set-Cookie", cookie(Self.feedbackCookie, token, path: path)))
        return response
    }

    /// The answers a form sent, by question key.
    static func answers(_ request: HTTPRequest) -> [String: String] {
        var answers: [String: String] = [:]
        for (name, value) in request.form where name.hasPrefix(answerPrefix) {
            let key = String(name.dropFirst(answerPrefix.count))
            if answers[key] == nil { answers[key] = value }
        }
        return answers
    }

    private static func keptIdentity(_ request: HTTPRequest) -> [String: TemplateValue] {
        ["ref": .string(request.formValue("ref") ?? ""), "phone": .string(request.formValue("phone") ?? ""), "letters": .string(request.formValue("letters") ?? "")]
    }

    static func problemWords(_ problem: FeedbackForm.Problem, _ messages: [String: String]) -> String {
        switch problem.kind {
        case .missing: messages["web.feedback.problem.missing"] ?? problem.reason
        case .tooLong(let maxLength): (messages["web.feedback.problem.tooLong"] ?? problem.reason).replacingOccurrences(of: "{max}", with: String(maxLength))
        case .notAQuestion, .notOnScale, .notYesNo, .notAnOption: messages["web.feedback.problem.invalid"] ?? problem.reason
        }
    }

    func feedbackWords(_ refusal: CheckInDesk.Refusal, _ language: Language) throws -> String {
        let messages = try library.messages(language)
        return switch refusal {
        case .expired: messages["web.feedback.expired"] ?? refusal.description
        case .notOpen: messages["web.feedback.notOpen"] ?? refusal.description
        default: try checkInWords(refusal, language)
        }
    }
}
