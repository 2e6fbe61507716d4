import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/home`: what a signed-in user starts from — first what to do next (today's roll calls, the
/// recent events waiting for scores or certificates), then how many people their centre (or
/// the country) trained this year, the events running and coming, and the latest imports.
extension WebApp {
    func dashboard(_ visitor: Visitor) throws -> HTTPResponse {
        let today = visitor.today
        let store = visitor.store
        var query = TrainedQuery(
            from: CalendarDate(year: today.year, month: 1, day: 1), to: CalendarDate(year: today.year, month: 12, day: 31), dimensions: [.sex])
        if let centreCode = visitor.centre?.code { query.filters[.centre] = [centreCode] }
        let trained = try TrainedReport.make(query, database: store, now: visitor.now)
        var ever = TrainedQuery(dimensions: [])
        ever.filters = query.filters
        let allTime = try TrainedReport.make(ever, database: store, now: visitor.now).total
        // Running events started before today: look back far enough for the longest course.
        let events = try store.read { database in
            try database.events.events(from: today.adding(days: -90), to: nil, centreID: visitor.user.centreID, status: nil)
                .filter { $0.status != .cancelled && $0.endDate >= today }
        }
        let courses = try store.read { database in try Dictionary(events.map { ($0.courseID, try database.courses.course(id: $0.courseID)) }) { a, _ in a } }
        let imports = try store.read { try $0.audit.recent(actions: ["trainee.import", "course.import"], limit: 5) }
            .filter { visitor.user.centreID == nil || $0.actor == visitor.access.actor }
        // Progress against the programme's targets: national figures, for national users.
        let indicators = try targetsFile.flatMap { file in
            visitor.user.centreID == nil ? try Indicators.evaluate(file: file, database: store).results : nil
        } ?? []
        let access = visitor.access
        let next = try NextSteps.load(
            today: today, centreID: visitor.user.centreID, waiting: access.may(.enterScores) || access.may(.certify), database: store)
        return try page("home", visitor, [
            "today": .list(next.today.map { session in
                [
                    "code": .string(session.eventCode), "number": .number(Double(session.session)), "course": .string(session.courseCode),
                    "time": .string(session.start + "–" + session.end), "rollCall": .bool(access.may(.takeRollCall)),
                ]
            }),
            "hasToday": .bool(!next.today.isEmpty),
            "waiting": .list(next.waiting.map { waiting in
                [
                    "code": .string(waiting.event.code), "dates": .string(DateWording.range(waiting.event.startDate, waiting.event.endDate, visitor.language)),
                    "scores": .text(waiting.missingScores > 0 && access.may(.enterScores)
                        ? visitor.text("home.waiting.scores").replacingOccurrences(of: "{count}", with: String(waiting.missingScores)) : nil),
                    "certificates": .text(waiting.awaitingCertificates > 0 && access.may(.certify)
                        ? visitor.text("home.waiting.certificates").replacingOccurrences(of: "{count}", with: String(waiting.awaitingCertificates)) : nil),
                ]
            }),
            "hasWaiting": .bool(next.waiting.contains { ($0.missingScores > 0 && access.may(.enterScores)) || ($0.awaitingCertificates > 0 && access.may(.certify)) }),
            "indicators": .list(indicators.map { result in
                [
                    "name": .string(result.name[visitor.language]),
                    "value": .string(result.isShare ? NumberWording.decimal(result.value, digits: 1, visitor.language) + " %" : String(result.numerator)),
                    "target": .string(result.isShare ? String(format: "%.0f %%", result.target) : String(format: "%.0f", result.target)),
                    "achieved": .string(String(format: "%.0f %%", result.achievedPercent)),
                ]
            }),
            "trained": [
                "total": .number(Double(trained.total)), "allTime": .number(Double(allTime)),
                "bySex": .list(trained.lines.compactMap { line in
                    guard let sex = line.values.first ?? nil else { return nil }
                    return ["label": .string(visitor.text("report.sex." + sex)), "count": .number(Double(line.count))]
                }),
            ],
            "events": .list(events.map { event in
                [
                    "code": .string(event.code),
                    "course": .text((courses[event.courseID] ?? nil)?.title[visitor.language]),
                    "dates": .string(DateWording.range(event.startDate, event.endDate, visitor.language)),
                    "status": .string(visitor.text("status.event." + event.status.rawValue)),
                ]
            }),
            "hasImports": .bool(!imports.isEmpty),
            "hasEvents": .bool(!events.isEmpty),
            "hasIndicators": .bool(!indicators.isEmpty),
            "imports": .list(imports.map { entry in
                [
                    "at": .string(DateWording.long(CalendarDate.today(now: entry.at), visitor.language)),
                    "actor": .string(entry.actor), "detail": .text(entry.detail),
                ]
            }),
        ])
    }
}
