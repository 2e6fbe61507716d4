public import CadreKit
public import CadreModel
import Foundation

extension SignInSheet {
    /// Above this many events, sessions, rosters and counts are read for all events in one
    /// statement each and matched up in order; below it, a few indexed queries per event
    /// cost less than reading whole tables.
    static let batchThreshold = 200

    /// Calls `body` with the sheet of each event, all read in one snapshot, in the order of
    /// the events' ids (the order the batch reads the tables in). Printing every event's
    /// sheet this way reads each table once instead of four queries per event.
    public static func forEach(
        of events: [TrainingEvent], database: any Store, professionLabels: [String: LocalizedText]? = nil,
        lookups: EventSummary.Lookups = .init(), _ body: (SignInSheet) throws -> Void
    ) throws {
        try forEach(of: events, database: database, professionLabels: professionLabels, lookups: lookups, batchThreshold: batchThreshold, body)
    }

    static func forEach(
        of events: [TrainingEvent], database: any Store, professionLabels: [String: LocalizedText]?, lookups: EventSummary.Lookups,
        batchThreshold: Int, _ body: (SignInSheet) throws -> Void
    ) throws {
        var seen = Set<UUID>()
        let ordered = events.filter { seen.insert($0.id).inserted }
            .sorted { $0.id.databaseText < $1.id.databaseText }
        try database.read { database in
            let labels = try professionLabels ?? Self.professionLabels(database)
            guard ordered.count >= batchThreshold else {
                for event in ordered { try body(load(event.code, database: database, professionLabels: labels, lookups: lookups)) }
                return
            }
            let store = database.events
            let sessions = try store.sessionsInEventOrder()
            let enrollments = try store.enrollmentsInEventOrder()
            for event in ordered {
                let lines = try enrollments.values(for: event.id)
                var counts: [Enrollment.Status: Int] = [:]
                for status in lines.compactMap(\.status) { counts[status, default: 0] += 1 }
                let summary = try EventSummary.assemble(
                    event, sessions: try sessions.values(for: event.id), counts: counts, database: database, lookups: lookups)
                try body(SignInSheet(summary: summary, roster: lines.compactMap(\.line), professionLabels: labels))
            }
        }
    }
}
