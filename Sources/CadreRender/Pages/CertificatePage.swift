import CadreKit
import Foundation
public import CadreModel
/// The template context of one printed certificate, in one language or bilingual (`az+en`).
/// Long names and titles get smaller type so that every certificate stays on one page.
public enum CertificatePage {
    /// `az`, `en`, `ru`, or two of them joined by `+` (the first is the main one).
    public static func languages(_ text: String) -> [Language]? {
        let parts = text.split(separator: "+").map { Language(rawValue: String($0)) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }

    /// A follow-up link printed on a certificate (`--follow-up-qr`): the page its QR code
    /// opens, and the days it opens it.
    public struct FollowUp: Sendable {
        public let url: String
        public let opensOn: CalendarDate
        public let expiresOn: CalendarDate

        public init(url: String, opensOn: CalendarDate, expiresOn: CalendarDate) {
            self.url = url
            self.opensOn = opensOn
            self.expiresOn = expiresOn
        }
    }

    /// Builds the template context of each page of a print run. What all pages share — the
    /// labels in the run's languages — is made once, and each course's module list once per
    /// course: per page they were a dictionary of thirteen objects and a list rebuilt ten
    /// thousand times. Each rendering thread keeps its own.
    struct Builder {
        let languages: [Language]
        let verifyURL: String?
        /// Follow-up links by certificate serial; none unless asked for.
        let followUps: [String: FollowUp]
        /// "From {from} to {to}…" under the follow-up code, in the run's languages.
        private let followUpWords: (main: String, second: String?)
        /// The labels, once for a holder of unknown sex and once for each sex: Russian says
        /// "завершил" of a man and "завершила" of a woman (`certificate.completedFemale`).
        private let labels: [Sex?: TemplateValue]
        private var modules: [String: TemplateValue] = [:]
        /// "18 saat" / "18 hours": the pattern in each language.
        private let hoursPatterns: (main: String, second: String?)
        /// A revoked or superseded certificate's mark, in the run's languages.
        private let statusWords: [CertificateRecord.Status: TemplateValue]
        let brandings: Brandings
        /// Each centre's branding as the page shows it, made once per centre (its logos are
        /// base64 text of up to a quarter of a megabyte).
        private var brandingValues: [UUID?: (page: TemplateValue, style: TemplateValue)] = [:]

        init(
            languages: [Language], messages: [Language: [String: String]], verifyURL: String?, brandings: Brandings = .none,
            followUps: [String: FollowUp] = [:]
        ) {
            self.languages = languages
            self.verifyURL = verifyURL
            self.followUps = followUps
            followUpWords = (
                messages[languages[0]]?["certificate.followUp"] ?? "{from} – {to}",
                languages.count > 1 ? messages[languages[1]]?["certificate.followUp"] : nil
            )
            self.brandings = brandings
            let main = languages[0]
            let second = languages.count > 1 ? languages[1] : nil
            let keys = ["certificate.title", "certificate.certifies", "certificate.completed", "certificate.dates", "certificate.place",
                        "certificate.hours", "certificate.modules", "certificate.trainers", "certificate.serial", "certificate.code",
                        "certificate.verify", "certificate.issued", "certificate.signature", "certificate.signatureNational", "certificate.seal"]
            let agreeing: [Sex?: String] = [.female: "Female", .male: "Male"]
            var labelsBySex: [Sex?: TemplateValue] = [:]
            for sex in [nil] + Sex.allCases.map(Optional.some) {
                var labels: [String: TemplateValue] = [:]
                for key in keys {
                    let message = { (language: Language) -> String? in
                        agreeing[sex].flatMap { messages[language]?[key + $0] } ?? messages[language]?[key]
                    }
                    labels[String(key.dropFirst("certificate.".count))] = ["main": .text(message(main)), "second": .text(second.flatMap(message))]
                }
                labelsBySex[sex] = .object(labels)
            }
            self.labels = labelsBySex
            hoursPatterns = (messages[main]?["certificate.hoursValue"] ?? "{hours}", second.map { messages[$0]?["certificate.hoursValue"] ?? "{hours}" })
            var statusWords: [CertificateRecord.Status: TemplateValue] = [:]
            for status in CertificateRecord.Status.allCases {
                let key = "register.status." + status.rawValue
                statusWords[status] = .record(keys: Self.textKeys, values: [
                    .string(messages[main]?[key] ?? status.rawValue), .text(second.flatMap { messages[$0]?[key] }),
                ])
            }
            self.statusWords = statusWords
        }

        /// The keys of a page's context, in the order ``context(_:)`` gives their values: one
        /// list shared by every page of the run, read without hashing.
        private static let keys = [
            "lang", "bilingual", "label", "holder", "holderSize", "course", "courseSize", "courseCode", "dates", "place", "hours",
            "modules", "trainers", "serial", "code", "issued", "qr", "verifyURL", "status", "invalid", "branding", "brandingStyle", "followUp",
        ]
        private static let textKeys = ["main", "second"]

        mutating func context(_ record: CertificateRecord) throws -> TemplateValue {
            let main = languages[0]
            let second = languages.count > 1 ? languages[1] : nil
            func pair(_ main: String, _ second: String?) -> TemplateValue {
                .record(keys: Self.textKeys, values: [.string(main), .text(second)])
            }
            func texts(_ text: LocalizedText) -> TemplateValue { pair(text[main], second.map { text[$0] }) }
            /// A name that may not be translated: its second language only when it differs.
            func names(_ text: LocalizedText) -> TemplateValue { pair(text[main], second.map { text[$0] }.flatMap { $0 == text[main] ? nil : $0 }) }
            let code = record.certificate.verificationCode
            let payload = verifyURL.map { $0.replacingOccurrences(of: "{code}", with: code) } ?? code
            let dates = { (language: Language) -> String in DateWording.range(record.startDate, record.endDate, language) }
            let issued = record.certificate.issueDate
            let course = record.course
            let hours = Hours.text(course.totalMinutes)
            let hoursText = { (pattern: String) in pattern.replacingOccurrences(of: "{hours}", with: hours) }
            let branding = branding(centreID: record.centreID)
            let moduleList = modules[course.code] ?? .list(course.modules.map { module in texts(module.title) })
            modules[course.code] = moduleList
            let courseLength = course.title[main].count + (second.map { course.title[$0].count } ?? 0)
            return .record(keys: Self.keys, values: [
                .string(main.rawValue),
                .bool(second != nil),
                labels[record.holderSex] ?? labels[nil] ?? .null,
                .string(record.holder),
                .string(size(record.holder.count, steps: [(28, "28pt"), (42, "22pt"), (70, "17pt"), (100, "14pt")], last: "12pt")),
                texts(course.title),
                .string(size(courseLength, steps: [(70, "15pt"), (140, "12.5pt"), (220, "11pt")], last: "9.5pt")),
                .string(course.code),
                pair(dates(main), second.map(dates)),
                // The issuer: the centre that trained, else the organiser set for events without
                // a centre (the ministry, the programme) — never the room it trained in.
                (record.centreNames ?? record.centre.map { LocalizedText(everywhere: $0) } ?? brandings.organiser).map(names) ?? .null,
                pair(hoursText(hoursPatterns.main), hoursPatterns.second.map(hoursText)),
                moduleList,
                .text(record.trainers.joined(separator: ", ").nilIfEmpty),
                .string(record.certificate.serial),
                .string(code),
                .string(DateWording.long(issued, main)),
                .string(try QRCode(payload).svg(title: code)),
                .text(verifyURL.map { _ in payload }),
                statusWords[record.status] ?? .string(record.status.rawValue),
                .bool(record.status != .valid),
                branding.page,
                branding.style,
                try followUp(record.certificate.serial),
            ])
        }

        /// The follow-up link's QR code and its days, if this certificate prints one.
        private func followUp(_ serial: String) throws -> TemplateValue {
            guard let link = followUps[serial] else { return .null }
            let main = languages[0]
            func words(_ pattern: String, _ language: Language) -> String {
                pattern.replacingOccurrences(of: "{from}", with: DateWording.long(link.opensOn, language))
                    .replacingOccurrences(of: "{to}", with: DateWording.long(link.expiresOn, language))
            }
            return [
                "qr": .string(try QRCode(link.url).svg(title: words(followUpWords.main, main))),
                "main": .string(words(followUpWords.main, main)),
                "second": .text(languages.count > 1 ? followUpWords.second.map { words($0, languages[1]) } : nil),
            ]
        }

        /// The page's logos and signatories (flags and names) and the style rules that carry
        /// the logos: one file holds one centre's certificates, so each logo is in it once.
        mutating func branding(centreID: UUID?) -> (page: TemplateValue, style: TemplateValue) {
            if let made = brandingValues[centreID] { return made }
            let branding = brandings.branding(centreID: centreID)
            let main = languages[0]
            let second = languages.count > 1 ? languages[1] : nil
            let page = TemplateValue.object([
                "logos": .bool(branding.ministryLogo != nil || branding.centreLogo != nil),
                "ministry": .bool(branding.ministryLogo != nil),
                "centre": .bool(branding.centreLogo != nil),
                "donor": .bool(branding.donorLogo != nil),
                "signatories": .list(branding.signatories.map { signatory in
                    let title = signatory.title[main]
                    let translated = second.map { signatory.title[$0] }.flatMap { $0 == title || $0.isEmpty ? nil : $0 }
                    return TemplateValue.object([
                        "name": .string(signatory.name),
                        "title": title.isEmpty ? .null : ["main": .string(title), "second": .text(translated)],
                    ])
                }),
                // An event without a centre is signed for its organiser, not "the head of the centre".
                "national": .bool(centreID == nil),
            ])
            // Base64 and a media type Cadre chose: nothing in it can end the rule or the URL.
            let rules = Branding.Slot.allCases.compactMap { slot in
                branding[slot].map { ".logo.\(slot.rawValue) { background-image: url(\"\($0.dataURI)\"); }" }
            }
            let made = (page, TemplateValue.text(rules.isEmpty ? nil : "<style>\n" + rules.joined(separator: "\n") + "\n</style>"))
            brandingValues[centreID] = made
            return made
        }
    }

    private static func size(_ length: Int, steps: [(Int, String)], last: String) -> String {
        steps.first { length <= $0.0 }?.1 ?? last
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
