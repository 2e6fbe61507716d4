public import CadreKit
public import CadreModel
/// The data of a sign-in sheet: one session's, or the whole event's as a grid with a column
/// per session. Trainees are listed in Azerbaijani alphabetical order with the organisation
/// and profession they had when they enrolled.
public struct SignInSheet: Sendable {
    public let summary: EventSummary
    /// Enrolled trainees in Azerbaijani alphabetical order.
    public let participants: [RosterLine]
    public let professionLabels: [String: LocalizedText]

    /// The professions' labels, which every sheet needs: load them once for many sheets.
    public static func professionLabels(_ database: any Store) throws -> [String: LocalizedText] {
        Dictionary(uniqueKeysWithValues: try database.referenceData.professions().map { ($0.code, $0.label) })
    }

    public static func load(
        _ eventCode: String, database: any Store, professionLabels: [String: LocalizedText]? = nil, lookups: EventSummary.Lookups = .init()
    ) throws -> SignInSheet {
        try database.read { database in
            let summary = try EventSummary.load(eventCode, database: database, lookups: lookups)
            return SignInSheet(
                summary: summary, roster: try database.events.roster(of: summary.event.id),
                professionLabels: try professionLabels ?? Self.professionLabels(database))
        }
    }

    init(summary: EventSummary, roster: [RosterLine], professionLabels: [String: LocalizedText]) {
        self.summary = summary
        self.participants = roster.sortedAzerbaijani(by: \.name)
        self.professionLabels = professionLabels
    }

    /// The template context for one session (`session` given) or for the grid of all held sessions.
    /// `tree` is `Messages.tree(messages)`, when the caller renders many sheets and built it once.
    public func context(session number: Int?, blankRows: Int, language: Language, messages: [String: String], tree: TemplateValue? = nil) -> TemplateValue {
        let t = tree ?? Messages.tree(messages)
        let grid = number == nil
        let sessions = summary.sessions.filter { $0.session.status != .cancelled }
        let cells = TemplateValue.list(Array(repeating: .object([:]), count: grid ? sessions.count : 0))
        var context: [String: TemplateValue] = [
            "lang": .string(language.rawValue),
            "t": t,
            "orientation": .string(grid ? "landscape" : "portrait"),
            "title": .string((grid ? messages["sheet.gridTitle"] : messages["sheet.title"]) ?? ""),
            "grid": .bool(grid),
            "centre": .text(summary.centre?.names[language]),
            "venue": .text(summary.venue.map { [$0.name, $0.address].compactMap { $0 }.joined(separator: ", ") }),
            "trainers": .string(summary.trainers.map(\.fullName).joined(separator: ", ")),
            "course": ["code": .string(summary.course.code), "title": .string(summary.course.title[language])],
            "event": ["code": .string(summary.event.code), "dates": .string(dates(language))],
            "rows": .list(participants.enumerated().map { index, person in
                .record(keys: Self.rowKeys, values: [
                    .number(Double(index + 1)), .string(person.ref), .string(person.name), .text(person.organization),
                    .text(person.profession.map { professionLabels[$0]?[language] ?? $0 }), cells,
                ])
            }),
            "blankRows": .list((0..<blankRows).map { ["no": .number(Double(participants.count + $0 + 1)), "cells": cells] }),
            "hasBlankRows": .bool(blankRows > 0),
            "columnCount": .number(Double(grid ? 4 + sessions.count : 6)),
            "sessions": SessionColumns.heads(sessions.map(\.session)),
        ]
        if let number, let line = summary.sessions.first(where: { $0.session.number == number }) {
            let date = line.session.date
            context["session"] = [
                "number": .number(Double(number)),
                "date": .string(DateWording.long(date, language)),
                "weekday": .string(DateWording.weekday(date, language)),
                "time": .string("\(line.session.startTime)–\(line.session.endTime)"),
                "module": .text(line.module?[language]),
            ]
            if let venue = line.venueName { context["venue"] = .string(venue) }
            context["trainers"] = .string(line.trainerNames.joined(separator: ", "))
        }
        return .object(context)
    }

    /// The fields of a participant's row, in the order `context` gives their values.
    private static let rowKeys = ["no", "ref", "name", "organization", "profession", "cells"]

    private func dates(_ language: Language) -> String {
        DateWording.range(summary.event.startDate, summary.event.endDate, language)
    }
}
