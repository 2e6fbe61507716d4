import CadreKit
import CadreModel
import Foundation

/// `cadre attendance take`: the roll call at the door, one key per person, each mark saved
/// as it is made — so a crash or Ctrl-C loses nothing already marked — resuming at the first
/// person not yet marked.
enum RollCallCommand {
    static let command = Command(
        name: "take", abstract: "Take the roll call of a session interactively.",
        discussion: """
            Names come in sign-in sheet order. Keys: p present, l late, e excused, a absent, s skip, u undo, q quit.
            Each mark is saved at once. Run it again to resume at the first person not yet marked (--from-start to
            go through everyone). Without a terminal, answers are read from standard input, one per line.
            """,
        arguments: [Argument(name: "event", help: "The event code.")],
        options: [
            .value("session", "n", help: "The session number.", required: true),
            .flag("from-start", help: "Go through everyone, not only those not yet marked."), CommonOptions.actor,
        ],
        action: run)

    static let keys: [Character: AttendanceMark.Status] = ["p": .present, "l": .late, "e": .excused, "a": .absent]

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        guard let number = try values.integer("session", in: 1...1000) else { return }
        let eventCode = values.argument("event") ?? ""
        let changes = context.changeContext(values)
        try context.withStore(values) { database in
            let book = AttendanceBook(database)
            let register = try AttendanceRegister.load(eventCode, database: database)
            guard let column = register.sessions.firstIndex(where: { $0.number == number }) else {
                throw NotFound(kind: "session", reference: "\(register.summary.event.code) #\(number)")
            }
            let session = register.sessions[column]
            var marked = register.rows.map { $0.marks[column] != nil }
            var index = values.flag("from-start") ? 0 : (marked.firstIndex(of: false) ?? register.rows.count)
            context.print(
                "Roll call: \(register.summary.event.code) session \(number), \(session.date) \(session.startTime)-\(session.endTime); "
                    + "\(Plural.count(register.rows.count, "trainee", "trainees")), \(marked.filter { $0 }.count) already marked.")
            if index < register.rows.count && index > 0 { context.print("Resuming at \(index + 1).") }
            context.print("Keys: p present, l late, e excused, a absent, s skip, u undo, q quit")
            var history: [Int] = []
            var madeNow = 0
            while index < register.rows.count {
                let row = register.rows[index]
                context.stdout.write("[\(index + 1)/\(register.rows.count)] \(row.name) (\(row.printedRef)): ")
                guard let answer = context.input.nextAnswer() else {
                    context.print("")
                    break
                }
                let key = answer.trimmingCharacters(in: .whitespaces).lowercased().first
                if context.input.isInteractive, let key { context.print(String(key)) }
                if let key, let status = keys[key] {
                    _ = try book.mark(eventCode: eventCode, session: number, references: [row.traineeRef], status: status, context: changes)
                    marked[index] = true
                    history.append(index)
                    madeNow += 1
                    if !context.input.isInteractive { context.print(status.rawValue) }
                    index += 1
                } else if key == "s" {
                    if !context.input.isInteractive { context.print("skipped") }
                    index += 1
                } else if key == "u" {
                    guard let last = history.popLast() else {
                        context.print("nothing to undo")
                        continue
                    }
                    try book.unmark(eventCode: eventCode, session: number, reference: register.rows[last].traineeRef, context: changes)
                    marked[last] = false
                    madeNow -= 1
                    context.print("undone: \(register.rows[last].name)")
                    index = last
                } else if key == "q" {
                    if !context.input.isInteractive { context.print("quit") }
                    break
                } else {
                    context.print("keys: p present, l late, e excused, a absent, s skip, u undo, q quit")
                }
            }
            context.print("\(madeNow) marked in this run; \(marked.filter { $0 }.count) of \(register.rows.count) marked in session \(number).")
        }
    }
}
