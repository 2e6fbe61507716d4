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
        /// Each "Name|Title" (the title may be empty); nil leaves them, [] removes them.
        public var signatories: [String]?
        /// Logos to remove.
        public var clear: [Branding.Slot] = []
        /// Who issues the certificates of events without a centre (the ministry, the
        /// programme): the name printed where a centre's would be; "" removes it.
        public var organiser: String?

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
        let organiser = try change.organiser.map(Self.organiser)
        return try database.write { database in
            let centre = try change.centre.map { try database.scheduling.existingCentre($0) }
            if let organiser {
                guard centre == nil else { throw Refused(description: "--organiser is the issuer of events without a centre; give it without --centre") }
                try database.settings.set(Self.organiserSetting, to: organiser)
                try database.audit.record(context, "branding.organiser", entity: "branding", detail: organiser.isEmpty ? "removed" : organiser)
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
                    detail: signatories.map { "\($0.name) (\($0.title))" }.joined(separator: "; ").nilIfEmptyText ?? "none")
            }
            return try branding.branding(centreID: centre?.id)
        }
    }

    /// Who issues certificates of events without a centre; nil when not set.
    public func organiser() throws -> String? { try database.read { try Self.organiser(in: $0) } }

    static let organiserSetting = "branding_organiser"

    static func organiser(in database: any Store) throws -> String? {
        try database.settings.value(organiserSetting).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// An organiser's name as typed: one line of at most 200 characters ("" removes it).
    static func organiser(_ typed: String) throws -> String {
        let name = TextFolding.clean(typed)
        guard name.count <= 200 else { throw Refused(description: "--organiser is longer than 200 characters") }
        return name
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
            return Brandings(everyone: try database.branding.branding(centreID: nil), byCentre: byCentre, organiser: try Self.organiser(in: database))
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

    /// "Name|Title" lines, at most two.
    static func signatories(_ lines: [String]) throws -> [Branding.Signatory] {
        guard lines.count <= Branding.maximumSignatories else {
            throw Refused(description: "at most \(Branding.maximumSignatories) signatories sign a certificate; \(lines.count) were given")
        }
        return try lines.map { line in
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map { TextFolding.clean(String($0)) }
            guard let name = parts.first, !name.isEmpty, name.count <= 200, (parts.count > 1 ? parts[1].count : 0) <= 200 else {
                throw Refused(description: "--signatory '\(line)' is not \"Name|Title\" (a name of at most 200 characters)")
            }
            return Branding.Signatory(name: name, title: parts.count > 1 ? parts[1] : "")
        }
    }
}

/// The branding of every centre, for pages printed away from the store (on other threads).
public struct Brandings: Sendable {
    public let everyone: Branding
    public let byCentre: [UUID: Branding]
    /// The issuer printed on certificates of events without a centre (never their venue).
    public let organiser: String?

    public init(everyone: Branding, byCentre: [UUID: Branding], organiser: String? = nil) {
        self.everyone = everyone
        self.byCentre = byCentre
        self.organiser = organiser
    }

    public static let none = Brandings(everyone: .none, byCentre: [:])

    public func branding(centreID: UUID?) -> Branding { centreID.flatMap { byCentre[$0] } ?? everyone }
}

extension String {
    fileprivate var nilIfEmptyText: String? { isEmpty ? nil : self }
}
