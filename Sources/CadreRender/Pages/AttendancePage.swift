public import CadreKit
public import CadreModel
/// The template context of the printable attendance matrix.
public enum AttendancePage {
    public static func context(_ register: AttendanceRegister, language: Language, messages: [String: String]) -> TemplateValue {
        // Each language's own initials (İ/G/Ü/Y, П/О/У/Н), as its legend explains them.
        let symbols = Dictionary(uniqueKeysWithValues: AttendanceMark.Status.allCases.map { status in
            (status, messages["attendance.symbol." + status.rawValue] ?? String(status.rawValue.prefix(1)).uppercased())
        })
        let summary = register.summary
        let dates = DateWording.range(summary.event.startDate, summary.event.endDate, language)
        return [
            "lang": .string(language.rawValue),
            "t": Messages.tree(messages),
            "event": ["code": .string(summary.event.code), "dates": .string(dates)],
            "course": ["code": .string(summary.course.code), "title": .string(summary.course.title[language])],
            "centre": .text(summary.centre?.names[language]),
            "sessions": SessionColumns.heads(register.sessions),
            "rows": .list(register.rows.enumerated().map { index, row in
                [
                    "no": .number(Double(index + 1)), "name": .string(row.name), "ref": .string(row.printedRef), "walkIn": .bool(row.isWalkIn),
                    "cells": .list(row.marks.map { mark in
                        ["symbol": .string(mark.flatMap { symbols[$0] } ?? "·"), "status": .string(mark?.rawValue ?? "not-recorded")]
                    }),
                    "attended": .number(Double(row.completion.attended)), "percent": .number(Double(row.completion.percent)),
                    "completed": .bool(row.completion.completed),
                    "reasons": .string(row.completion.shortfalls.map { worded($0, language, messages) }.joined(separator: "; ")),
                ]
            }),
            "totals": .list(register.attendedPerSession.map { ["count": .number(Double($0))] }),
            "completedCount": .number(Double(register.rows.filter(\.completion.completed).count)),
            "rowCount": .number(Double(register.rows.count)),
            // №, name, a column per session, attended, %, completed, reasons: the row that names
            // the event on every printed page spans them all.
            "columnCount": .number(Double(register.sessions.count + 6)),
        ]
    }

    /// A reason for not completing, in the page's language (`{placeholders}` filled in).
    public static func worded(_ shortfall: Completion.Shortfall, _ language: Language, _ messages: [String: String]) -> String {
        let (key, values) = shortfall.message(in: language)
        guard let pattern = messages[key] else { return shortfall.english }
        return values.reduce(pattern) { text, value in text.replacingOccurrences(of: "{\(value.key)}", with: value.value) }
    }
}
