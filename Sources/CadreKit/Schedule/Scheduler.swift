public import CadreModel
import Foundation

/// Plans training events: the places and people they need, their sessions, and the checks
/// that keep a trainer, a room or a participant from being in two places at once.
public struct Scheduler {
    let database: any Store
    /// Told of each clash a `force` overrode, so the person who forced it sees what they
    /// overrode (the audit log keeps it too).
    let onOverride: (ScheduleClash) -> Void

    public init(_ database: any Store, onOverride: @escaping (ScheduleClash) -> Void = { _ in }) {
        self.database = database
        self.onOverride = onOverride
    }

    // MARK: Centres, venues, trainers, holidays

    /// `name` is one name, or "az|en|ru" (``TypedNames``).
    public func addCentre(code: String, name: String, regionCode: String?, address: String?, context: ChangeContext) throws -> Centre {
        guard let names = try TypedNames.parse(name, option: "--name") else { throw SchedulingError.invalid("a centre needs a name") }
        return try database.write { database in
            let code = code.uppercased()
            guard CurriculumDecoder.isCourseCode(code) else {
                throw SchedulingError.invalid("'\(code)' is not a centre code (letters, digits and '-', e.g. SAATLI)")
            }
            let store = database.scheduling
            if try store.centre(code) != nil { throw SchedulingError.invalid("a centre with code \(code) already exists") }
            let centre = Centre(
                id: context.makeID(), code: code, name: names.az, regionCode: regionCode, address: address,
                nameEN: names.en == names.az ? nil : names.en, nameRU: names.ru == names.az ? nil : names.ru)
            try store.insert(centre, at: context.now())
            try audit(database, context, "centre.add", entity: "centre", id: centre.id, detail: centre.code)
            return centre
        }
    }

    /// Gives a centre its names: one, or "az|en|ru"; what printed pages and reports call it.
    public func renameCentre(_ reference: String, name: String, context: ChangeContext) throws -> Centre {
        guard let names = try TypedNames.parse(name, option: "--name") else { throw SchedulingError.invalid("a centre needs a name") }
        return try database.write { database in
            var centre = try database.scheduling.existingCentre(reference)
            centre.name = names.az
            centre.nameEN = names.en == names.az ? nil : names.en
            centre.nameRU = names.ru == names.az ? nil : names.ru
            try database.scheduling.rename(centre)
            try audit(database, context, "centre.rename", entity: "centre", id: centre.id, detail: "\(centre.code): \(names.az) | \(names.en) | \(names.ru)")
            return centre
        }
    }

    public func addVenue(name: String, address: String?, regionCode: String?, capacity: Int?, centre: String?, context: ChangeContext) throws -> Venue {
        try database.write { database in
            let store = database.scheduling
            let centreID = try centre.map { try store.existingCentre($0).id }
            let venue = Venue(
                id: context.makeID(), code: try store.nextRef(kind: "venue", prefix: "V-"), centreID: centreID,
                name: TextFolding.clean(name), address: address, regionCode: regionCode, capacity: capacity)
            try store.insert(venue, at: context.now())
            try audit(database, context, "venue.add", entity: "venue", id: venue.id, detail: "\(venue.code) \(venue.name)")
            return venue
        }
    }

    public func addTrainer(name: String, organization: String?, email: String?, languages: [Language], context: ChangeContext) throws -> Trainer {
        try database.write { database in
            let store = database.scheduling
            let trainer = Trainer(
                id: context.makeID(), ref: try store.nextRef(kind: "trainer", prefix: "TR-"), fullName: TextFolding.clean(name),
                organization: organization, email: email, languages: languages)
            try store.insert(trainer, at: context.now())
            try audit(database, context, "trainer.add", entity: "trainer", id: trainer.id, detail: trainer.ref)
            return trainer
        }
    }

    public func addHoliday(_ date: CalendarDate, name: String, context: ChangeContext) throws {
        try database.write { database in
            try database.scheduling.addHoliday(date, name: TextFolding.clean(name), by: context.actor, at: context.now())
            try audit(database, context, "holiday.add", entity: "holiday", id: nil, detail: "\(date.iso) \(name)")
        }
    }

    /// Monday to Friday and not a public holiday.
    public func isWorkingDay(_ date: CalendarDate) throws -> Bool {
        guard !date.isWeekend else { return false }
        return try database.scheduling.holiday(on: date) == nil
    }

    func audit(_ database: any Store, _ context: ChangeContext, _ action: String, entity: String, id: UUID?, detail: String?) throws {
        try database.audit.record(context, action, entity: entity,
            entityID: id?.databaseText, detail: detail)
    }

    // MARK: Lookups shared by the scheduling operations

    func event(_ code: String, in database: any Store) throws -> TrainingEvent {
        guard let event = try database.events.event(code: EventCode(code)) else { throw NotFound(kind: "event", reference: code) }
        return event
    }

    func trainers(_ references: [String], in database: any Store) throws -> [Trainer] {
        let store = database.scheduling
        return try references.map { reference in
            guard let trainer = try store.trainer(reference) else { throw NotFound(kind: "trainer", reference: reference) }
            return trainer
        }
    }

    func venue(_ reference: String, in database: any Store) throws -> Venue {
        guard let venue = try database.scheduling.venue(reference) else { throw NotFound(kind: "venue", reference: reference) }
        return venue
    }

    /// Rules and overlaps a session would break. `within` is the event's date range when the
    /// session must fall inside it.
    func problems(
        of booking: SessionBooking, event: TrainingEvent, within range: ClosedRange<CalendarDate>?, allowWeekend: Bool,
        in database: any Store
    ) throws -> [ScheduleClash] {
        var problems: [ScheduleClash] = []
        func problem(_ kind: ScheduleClash.Kind, _ description: String, extra: String? = nil, weekend: Bool = false) {
            var clash = ScheduleClash(kind: kind, description: description)
            clash.mine = booking.booked
            clash.extra = extra
            clash.weekend = weekend
            problems.append(clash)
        }
        if event.status == .cancelled {
            problem(.cancelledEvent, "\(event.code) is cancelled; \(booking.label) cannot be held")
        }
        if let range, !range.contains(booking.date) {
            problem(.outsideEvent, "\(booking.label) falls outside the event's dates (\(range.lowerBound.iso) to \(range.upperBound.iso))",
                    extra: range.lowerBound.iso + "|" + range.upperBound.iso)
        }
        if !allowWeekend {
            if booking.date.isWeekend {
                problem(.nonWorkingDay, "\(booking.label) is on a weekend (use --allow-weekend)", weekend: true)
            } else if let holiday = try database.scheduling.holiday(on: booking.date) {
                problem(.nonWorkingDay, "\(booking.label) is on a public holiday: \(holiday)", extra: holiday)
            }
        }
        return problems + (try database.clashes.clashes(for: booking))
    }

    /// Refuses on problems unless `force`, in which case the override is audited.
    func enforce(_ problems: [ScheduleClash], force: Bool, subject: String, in database: any Store, context: ChangeContext) throws {
        guard !problems.isEmpty else { return }
        guard force else { throw ScheduleClashes(clashes: problems) }
        try audit(
            database, context, "schedule.override", entity: "training_session", id: nil,
            detail: "\(subject) scheduled with --force" + (context.overrideReason.map { " (\($0))" } ?? "") + " despite: "
                + problems.map(\.description).joined(separator: "; "))
        problems.forEach(onOverride)
    }
}
