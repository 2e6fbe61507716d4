import CadreKit
import CadreModel
import Foundation

/// `cadre branding set|show`: the logos and signatories every certificate prints.
enum BrandingCommands {
    static let branding = Command(
        name: "branding", abstract: "Logos and signatories printed on certificates.",
        discussion: "The ministry's and the donor's logos are everyone's; a centre has its own logo, and signatories of its own or everyone's. "
            + "Logos are PNG, JPEG or SVG files of at most 256 KiB, recognised by their content and kept in the database.",
        subcommands: [
            Command(
                name: "set", abstract: "Set logos and signatories (what is not mentioned stays as it is).",
                options: [
                    .value("ministry-logo", "file", help: "The ministry's logo, printed top left."),
                    .value("donor-logo", "file", help: "The donor's emblem (\"Funded by …\"), printed bottom left."),
                    .value("centre", "code", help: "The centre whose logo or signatories are set; without it, signatories are everyone's."),
                    .value("logo", "file", help: "The centre's logo, printed top right (needs --centre)."),
                    .repeated(
                        "signatory", "name|title",
                        help: "Who signs, e.g. \"Leyla Məmmədova|Direktor\" or with the title in az, en and ru, "
                            + "\"Leyla Məmmədova|Direktor|Director|Директор\"; once or twice, in order."),
                    .flag("no-signatories", help: "Remove the signatories (of --centre, or everyone's)."),
                    .value(
                        "organiser", "name",
                        help: "Who issues certificates of events without a centre (the ministry, the programme): a name, or \"az|en|ru\"; \"\" removes it."),
                    .value("programme", "name", help: "The programme's name printed on every report: a name, or \"az|en|ru\"; \"\" removes it."),
                    .repeated("clear", "slot", help: "Remove a logo: ministry, centre or donor."),
                    CommonOptions.json, CommonOptions.actor,
                ],
                action: { values, context in
                    var change = BrandingBook.Change()
                    change.ministryLogo = values.option("ministry-logo").map(context.url)
                    change.donorLogo = values.option("donor-logo").map(context.url)
                    change.centreLogo = values.option("logo").map(context.url)
                    change.centre = values.option("centre")
                    change.organiser = values.option("organiser")
                    change.programme = values.option("programme")
                    let signatories = values.options("signatory")
                    change.signatories = values.flag("no-signatories") ? [] : signatories.isEmpty ? nil : signatories
                    change.clear = try values.options("clear").map { name in
                        guard let slot = Branding.Slot(rawValue: name) else {
                            throw BrandingBook.Refused(description: "--clear '\(name)' is not a logo; use ministry, centre or donor")
                        }
                        return slot
                    }
                    try context.withStore(values) { database in
                        let book = BrandingBook(database)
                        let branding = try book.set(change, context: context.changeContext(values))
                        let summary = Summary(branding, organiser: change.centre == nil ? try book.organiser() : nil, programme: change.centre == nil ? try book.programme() : nil)
                        try context.report(summary, values) { "Certificates\(change.centre.map { " of \($0)" } ?? "") now print: \($0.line)" }
                    }
                }),
            Command(
                name: "show", abstract: "Show what certificates of a centre (or of none) print.",
                options: [.value("centre", "code", help: "The centre (default: certificates of no centre)."), CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        let book = BrandingBook(database)
                        let branding = try book.show(centre: values.option("centre"))
                        try context.report(Summary(branding, organiser: values.option("centre") == nil ? try book.organiser() : nil, programme: values.option("centre") == nil ? try book.programme() : nil), values) { $0.line }
                    }
                }),
        ])

    /// A branding as a person reads it: which logos there are (type and size), who signs.
    struct Summary: Encodable {
        struct Logo: Encodable {
            let mediaType: String
            let bytes: Int
        }

        let ministryLogo: Logo?
        let centreLogo: Logo?
        let donorLogo: Logo?
        let signatories: [Branding.Signatory]
        /// Who issues certificates of events without a centre, and the programme reports name
        /// (shown with no --centre).
        let organiser: LocalizedText?
        let programme: LocalizedText?

        init(_ branding: Branding, organiser: LocalizedText? = nil, programme: LocalizedText? = nil) {
            self.organiser = organiser
            self.programme = programme
            let logo = { (image: BrandingImage?) in image.map { Logo(mediaType: $0.mediaType.rawValue, bytes: $0.bytes.count) } }
            ministryLogo = logo(branding.ministryLogo)
            centreLogo = logo(branding.centreLogo)
            donorLogo = logo(branding.donorLogo)
            signatories = branding.signatories
        }

        var line: String {
            let logos = [("ministry", ministryLogo), ("centre", centreLogo), ("donor", donorLogo)].compactMap { name, logo in
                logo.map { "\(name) logo (\($0.mediaType), \($0.bytes) bytes)" }
            }
            let signers: [String] = signatories.map { $0.title.az.isEmpty ? $0.name : "\($0.name), \(Self.words($0.title))" }
            let issuer: String = organiser.map { "issued by \(Self.words($0)) (events without a centre); " } ?? ""
            let named: String = programme.map { "programme \(Self.words($0)); " } ?? ""
            return named + issuer + (logos.isEmpty ? "no logos" : logos.joined(separator: ", ")) + "; "
                + (signers.isEmpty ? "no signatories (a line for the head of the centre)" : "signed by " + signers.joined(separator: " and "))
        }

        /// A name as it was set: once when it is the same in every language, else "az / en / ru".
        static func words(_ text: LocalizedText) -> String {
            text.az == text.en && text.az == text.ru ? text.az : "\(text.az) / \(text.en) / \(text.ru)"
        }
    }
}
