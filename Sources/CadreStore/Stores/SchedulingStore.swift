public import CadreModel
public import Foundation

/// Queries for centres, venues, trainers and holidays: the fixed points of a schedule.
package struct SchedulingStore<Connection: SQLConnection>: SchedulingStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func nextRef(kind: String, prefix: String) throws -> String {
        try RefCounter(database: database).next(kind: kind, prefix: prefix)
    }

    // MARK: Centres

    package func insert(_ centre: Centre, at date: Date) throws {
        try database.execute(
            "INSERT INTO centre (uuid, code, name, region_code, address, created_at, name_en, name_ru) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [centre.id, centre.code, centre.name, centre.regionCode, centre.address, Timestamp.string(from: date), centre.nameEN, centre.nameRU])
    }

    package func rename(_ centre: Centre) throws {
        try database.execute(
            "UPDATE centre SET name = ?, name_en = ?, name_ru = ? WHERE uuid = ?", [centre.name, centre.nameEN, centre.nameRU, centre.id])
    }

    package func centres() throws -> [Centre] {
        try database.rows("\(Self.centreSelect) ORDER BY code").map(centre(from:))
    }

    /// A centre by code (any case) or exact name.
    package func centre(_ reference: String) throws -> Centre? {
        try database.row(
            "\(Self.centreSelect) WHERE code = ? OR lower(name) = ? ORDER BY code LIMIT 1",
            [reference.uppercased(), SQLText.lowercasedASCII(TextFolding.clean(reference))]
        ).map(centre(from:))
    }

    package func centre(id: UUID) throws -> Centre? {
        try database.row("\(Self.centreSelect) WHERE uuid = ?", [id]).map(centre(from:))
    }

    private static var centreSelect: String { "SELECT uuid AS id, code, name, region_code, address, name_en, name_ru FROM centre" }

    private func centre(from row: Row) throws -> Centre {
        let stored = row.stored("centre")
        return Centre(
            id: try stored.uuid("id"), code: try stored.text("code"), name: try stored.text("name"), regionCode: stored.optionalText("region_code"),
            address: stored.optionalText("address"), nameEN: stored.optionalText("name_en"), nameRU: stored.optionalText("name_ru"))
    }

    // MARK: Venues

    package func insert(_ venue: Venue, at date: Date) throws {
        try database.execute(
            """
            INSERT INTO venue (uuid, code, centre_id, name, address, region_code, capacity, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                venue.id, venue.code, try database.rowID(.centre, venue.centreID), venue.name, venue.address, venue.regionCode,
                venue.capacity, Timestamp.string(from: date),
            ])
    }

    package func venues() throws -> [Venue] {
        try database.rows("\(Self.venueSelect) ORDER BY v.code").map(venue(from:))
    }

    /// A venue by reference (`V-00001`, any case) or exact name (ignoring case).
    package func venue(_ reference: String) throws -> Venue? {
        try database.row(
            "\(Self.venueSelect) WHERE v.code = ? OR lower(v.name) = ? ORDER BY v.code LIMIT 1",
            [reference.uppercased(), SQLText.lowercasedASCII(TextFolding.clean(reference))]
        ).map(venue(from:))
    }

    package func venue(id: UUID) throws -> Venue? {
        try database.row("\(Self.venueSelect) WHERE v.uuid = ?", [id]).map(venue(from:))
    }

    private static var venueSelect: String {

        """
        SELECT v.uuid AS id, v.code, c.uuid AS centre_id, v.name, v.address, v.region_code, v.capacity
        FROM venue AS v LEFT JOIN centre AS c ON c.id = v.centre_id
        """

    }

    private func venue(from row: Row) throws -> Venue {
        let stored = row.stored("venue")
        return Venue(
            id: try stored.uuid("id"), code: try stored.text("code"), centreID: try stored.optionalUUID("centre_id"), name: try stored.text("name"),
            address: stored.optionalText("address"), regionCode: stored.optionalText("region_code"), capacity: try stored.optionalInt("capacity"))
    }

    // MARK: Trainers

    package func insert(_ trainer: Trainer, at date: Date) throws {
        try database.execute(
            "INSERT INTO trainer (uuid, ref, full_name, organization, email, languages, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                trainer.id, trainer.ref, trainer.fullName, trainer.organization, trainer.email,
                trainer.languages.map(\.rawValue).joined(separator: ","), Timestamp.string(from: date),
            ])
    }

    package func trainers() throws -> [Trainer] {
        try database.rows("\(Self.trainerSelect) ORDER BY ref").map(trainer(from:))
    }

    /// A trainer by reference (`TR-00001`), e-mail or exact name (ignoring case).
    package func trainer(_ reference: String) throws -> Trainer? {
        try database.row(
            "\(Self.trainerSelect) WHERE ref = ? OR email = ? OR lower(full_name) = ? ORDER BY ref LIMIT 1",
            [reference.uppercased(), SQLText.lowercasedASCII(reference), SQLText.lowercasedASCII(TextFolding.clean(reference))]
        ).map(trainer(from:))
    }

    package func trainer(id: UUID) throws -> Trainer? {
        try database.row("\(Self.trainerSelect) WHERE uuid = ?", [id]).map(trainer(from:))
    }

    private static var trainerSelect: String { "SELECT uuid AS id, ref, full_name, organization, email, languages FROM trainer" }

    private func trainer(from row: Row) throws -> Trainer {
        let stored = row.stored("trainer")
        return Trainer(
            id: try stored.uuid("id"), ref: try stored.text("ref"), fullName: try stored.text("full_name"),
            organization: stored.optionalText("organization"), email: stored.optionalText("email"),
            languages: try stored.text("languages").split(separator: ",").map { code in
                guard let language = Language(rawValue: String(code)) else {
                    throw DamagedValue(table: "trainer", column: "languages", row: (try? stored.uuid("id"))?.databaseText ?? "?", value: String(code), expected: "a language code")
                }
                return language
            })
    }

    // MARK: Holidays

    package func addHoliday(_ date: CalendarDate, name: String, by actor: String, at instant: Date) throws {
        try database.execute(
            """
            INSERT INTO holiday (date, name, created_by, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (date) DO UPDATE SET name = excluded.name
            """, [date.iso, name, actor, Timestamp.string(from: instant)])
    }

    /// The holiday on `date`, fixed or movable, if any.
    package func holiday(on date: CalendarDate) throws -> String? {
        if let name = try database.scalar("SELECT name FROM holiday WHERE date = ?", [date.iso]).stringValue { return name }
        return try database.scalar("SELECT name FROM holiday_rule WHERE month_day = ?", [date.monthDay]).stringValue
    }

    /// Movable holidays in a year plus the fixed ones, by date.
    package func holidays(in year: Int) throws -> [(date: CalendarDate, name: String)] {
        let movable = try database.rows("SELECT date, name FROM holiday WHERE date LIKE ? ORDER BY date", ["\(year)-%"])
            .compactMap { row in CalendarDate(parsing: row.string("date") ?? "").map { ($0, row.string("name") ?? "") } }
        let fixed = try database.rows("SELECT month_day, name FROM holiday_rule ORDER BY month_day")
            .compactMap { row in CalendarDate(parsing: "\(year)-\(row.string("month_day") ?? "")").map { ($0, row.string("name") ?? "") } }
        return (movable + fixed).sorted { $0.0 < $1.0 }
    }
}
