import CadreKit
import CadreModel

extension EventSummary {
    /// The plain-text form `cadre event show` prints.
    func text(language: Language) -> String {
        var lines = [
            "\(event.code): \(course.title[language]) (\(course.code) v\(course.version))",
            "Status: \(event.status.rawValue), \(event.startDate) to \(event.endDate)",
        ]
        if let centre { lines.append("Centre: \(centre.name) (\(centre.code))") }
        if let venue { lines.append("Venue: \(venue.name) (\(venue.code))") }
        if !trainers.isEmpty { lines.append("Trainers: " + trainers.map { "\($0.fullName) (\($0.ref))" }.joined(separator: ", ")) }
        let capacity = event.capacity ?? venue?.capacity
        lines.append("Enrolled: \(enrolled)" + (capacity.map { " of \($0)" } ?? "") + ", waitlisted: \(waitlisted), withdrawn: \(withdrawn)")
        lines.append("Sessions:")
        for line in sessions {
            let session = line.session
            var text = "  \(session.number). \(session.date) \(session.startTime)-\(session.endTime)"
            if session.status == .cancelled { text += " (cancelled)" }
            if let module = line.module { text += "  \(module[language])" }
            lines.append(text)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
