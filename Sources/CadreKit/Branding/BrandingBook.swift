public import CadreModel
public import Foundation

/// `cadre branding`: the logos and signatories certificates print, set once and kept with the
/// records. Files are read whole (at most ``BrandingImage/maximumBytes``) and recognised by
/// their first bytes; every change is audited, with no image bytes in the log.
public struct BrandingBook {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// What one `branding set` asks for; nil leaves a thing as it is.
    public struct Change {
        public var ministryLogo: URL?
        public var donorLogo: URL?
        /// The centre whose logo and signatories are meant (`--centre`); nil for everyone's signatories.
        public var centre: String?
        public var centreLogo: URL?
        /// Each "Name|Title" or "Name|az title|en title|ru title" (the title may be empty);
        /// nil leaves them, [] removes them.
        public var signatories: [String]?
        /// Logos to remove.
        public var clear: [Branding.Slot] = []
        /// Who issues the certificates of events without a centre (the ministry, the
        /// programme): the name printed where a centre's would be, as "name" or
        /// "az name|en name|ru name"; "" removes it.
        public var organiser: String?
        /// The national programme's name printed on every report, as "name" or
        /// "az name|en name|ru name"; "" removes it.
        public var programme: String?

        public init() {}
    }

    /// A logo file that is not one, or a signatory line that is not "Name|Title".
    public struct Refused: CadreError, Equatable {
        public let description: String
        public var category: ErrorCategory { .invalidInput }

        public init(description: String) { self.description = description }
    }

    /// Applies `change` in one transaction and returns what certificates of that centre (or
    /// of none) now print.
    @discardableResult
    public func set(_ change: Change, context: ChangeContext) throws -> Branding {
        var images: [(Branding.Slot, BrandingImage?)] = []
        for slot in change.clear { images.append((slot, nil)) }
        if let url = change.ministryLogo { images.append((.ministry, try Self.image(at: url))) }
        if let url = change.donorLogo { images.append((.donor, try Self.image(at: url))) }
        if let url = change.centreLogo { images.append((.centre, try Self.image(at: url))) }
        let signatories = try change.signatories.map(Self.signatories)
        let organiser = try change.organiser.map { try TypedNames.parse($0, option: "--organiser") }
        let programme = try change.programme.map { try TypedNames.parse($0, option: "--programme") }
        return try database.write { database in
            let centre = try change.centre.map { try database.scheduling.existingCentre($0) }
            for (setting, names, option) in [(Self.organiserSetting, organiser, "--organiser"), (Self.programmeSetting, programme, "--programme")] {
                guard let names else { continue }
                guard centre == nil else { throw Refused(description: "\(option) is everyone's, not a centre's; give it without --centre") }
                try Self.store(names, as: setting, in: database)
                try database.audit.record(
                    context, "branding." + setting.dropFirst("branding_".count), entity: "branding",
                    detail: names.map { [$0.az, $0.en, $0.ru].joined(separator: " | ") } ?? "removed")
            }
            if images.contains(where: { $0.0 == .centre }) && centre == nil {
                throw Refused(description: "a centre's logo needs --centre CODE")
            }
            let branding = database.branding
            let now = context.now()
            for (slot, image) in images {
                try branding.setImage(image, slot: slot, centreID: slot == .centre ? centre?.id : nil, at: now)
                try database.audit.record(
                    context, image == nil ? "branding.clear" : "branding.set", entity: "branding",
                    entityID: slot == .centre ? centre?.id.databaseText : nil,
                    detail: "\(slot.rawValue) logo" + (image.map { ": \($0.mediaType.rawValue), \($0.bytes.count) bytes" } ?? " removed"))
            }
            if let signatories {
                try branding.setSignatories(signatories, centreID: centre?.id, at: now)
                try database.audit.record(
                    context, "branding.signatories", entity: "branding", entityID: centre?.id.databaseText,
                    detail: signatories.map { "\($0.name) (\([$0.title.az, $0.title.en, $0.title.ru].joined(separator: " | ")))" }.joined(separator: "; ").nilIfEmptyText ?? "none")
            }
            return try branding.branding(centreID: centre?.id)
        }
    }

    /// Who issues certificates of events without a centre; nil when not set.
    public func organiser() throws -> LocalizedText? { try database.read { try Self.names(Self.organiserSetting, in: $0) } }

    /// The national programme's name reports print; nil when not set.
    public func programme() throws -> LocalizedText? { try database.read { try Self.names(Self.programmeSetting, in: $0) } }

    static let organiserSetting = "branding_organiser"
    static let programmeSetting = "branding_programme"

    /// A name kept in three settings: `key` (Azerbaijani, and every language not given) and
    /// `key_en`, `key_ru`.
    static func names(_ key: String, in database: any Store) throws -> LocalizedText? {
        guard let az = try database.settings.value(key), !az.isEmpty else { return nil }
        return LocalizedText(az: az, en: try database.settings.value(key + "_en") ?? az, ru: try database.settings.value(key + "_ru") ?? az)
    }

    static func store(_ names: LocalizedText?, as key: String, in database: any Store) throws {
        try database.settings.set(key, to: names?.az ?? "")
        try database.settings.set(key + "_en", to: names?.en ?? "")
        try database.settings.set(key + "_ru", to: names?.ru ?? "")
    }


    /// What certificates of `centre` (a code or name; nil for no centre) print.
    public func show(centre: String?) throws -> Branding {
        try database.read { database in
            try database.branding.branding(centreID: try centre.map { try database.scheduling.existingCentre($0).id })
        }
    }

    /// Every centre's branding and everyone's, read once for a print run.
    public func forPrinting() throws -> Brandings {
        try database.read { database in
            var byCentre: [UUID: Branding] = [:]
            for centre in try database.scheduling.centres() { byCentre[centre.id] = try database.branding.branding(centreID: centre.id) }
            return Brandings(
                everyone: try database.branding.branding(centreID: nil), byCentre: byCentre,
                organiser: try Self.names(Self.organiserSetting, in: database), programme: try Self.names(Self.programmeSetting, in: database))
        }
    }

    /// What reports print: everyone's logos and the programme's name (no centre's).
    public func forReports() throws -> Brandings {
        try database.read { database in
            Brandings(everyone: try database.branding.branding(centreID: nil), byCentre: [:], programme: try Self.names(Self.programmeSetting, in: database))
        }
    }

    /// The image in the file at `url` (read as every user's file is: ``InputFiles/read(_:limit:)``).
    static func image(at url: URL) throws -> BrandingImage {
        let bytes = try InputFiles.read(url)
        do {
            return try BrandingImage(bytes: bytes)
        } catch {
            throw Refused(description: "'\(url.lastPathComponent)' \(error.reason)")
        }
    }

    /// "Name|Title" or "Name|az title|en title|ru title" lines, at most two.
    static func signatories(_ lines: [String]) throws -> [Branding.Signatory] {
        guard lines.count <= Branding.maximumSignatories else {
            throw Refused(description: "at most \(Branding.maximumSignatories) signatories sign a certificate; \(lines.count) were given")
        }
        return try lines.map { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { TextFolding.clean(String($0)) }
            guard let name = parts.first, !name.isEmpty, [1, 2, 4].contains(parts.count), parts.allSatisfy({ $0.count <= 200 }) else {
                throw Refused(description: "--signatory '\(line)' is not \"Name|Title\" or \"Name|az title|en title|ru title\" (each at most 200 characters)")
            }
            switch parts.count {
            case 4: return Branding.Signatory(name: name, title: LocalizedText(az: parts[1], en: parts[2], ru: parts[3]))
            case 2: return Branding.Signatory(name: name, title: parts[1])
            default: return Branding.Signatory(name: name, title: "")
            }
        }
    }
}

/// The branding of every centre, for pages printed away from the store (on other threads).
public struct Brandings: Sendable {
    public let everyone: Branding
    public let byCentre: [UUID: Branding]
    /// The issuer printed on certificates of events without a centre (never their venue).
    public let organiser: LocalizedText?
    /// The national programme's name, printed on reports.
    public let programme: LocalizedText?

    public init(everyone: Branding, byCentre: [UUID: Branding], organiser: LocalizedText? = nil, programme: LocalizedText? = nil) {
        self.everyone = everyone
        self.byCentre = byCentre
        self.organiser = organiser
        self.programme = programme
    }

    public static let none = Brandings(everyone: .none, byCentre: [:])

    public func branding(centreID: UUID?) -> Branding { centreID.flatMap { byCentre[$0] } ?? everyone }
}

extension String {
    fileprivate var nilIfEmptyText: String? { isEmpty ? nil : self }
}
