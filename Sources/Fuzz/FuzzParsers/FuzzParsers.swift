import CadreKit
import CadreModel
import FuzzSupport

/// Feeds the text to every small parser of user-typed values and checks that what they accept
/// is stable: a date prints and parses back to itself; normalising twice changes nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = CalendarDate(parsing: text) {
        precondition(CalendarDate(parsing: date.description) == date, "a date must parse back from its description")
    }
    if let time = ClockTime(parsing: text) {
        precondition(ClockTime(parsing: time.description) == time, "a time must parse back from its description")
    }
    if let slots = TimeSlot.pattern(text) {
        precondition(TimeSlot.pattern(slots.map(\.description).joined(separator: ",")) == slots, "a pattern must parse back")
    }
    idempotent(text, TraineeNormalizer.phone, "phone")
    idempotent(text, TraineeNormalizer.email, "e-mail")
    idempotent(text, TraineeNormalizer.name, "name")
    idempotent(text, TraineeNormalizer.birthDate, "birth date")
    idempotent(text, TraineeNormalizer.nationalID, "national id")
    idempotent(text, TraineeNormalizer.reference, "reference")
    _ = TextFolding.matchKey(text)
    return 0
}

private func idempotent(_ text: String, _ normalise: (String) throws(InvalidValue) -> String, _ what: String) {
    guard let once = try? normalise(text) else { return }
    guard let twice = try? normalise(once) else { preconditionFailure("a normalised \(what) must be accepted again: \(once.debugDescription)") }
    precondition(once == twice, "normalising a \(what) twice must change nothing: \(once.debugDescription) → \(twice.debugDescription)")
}

#if !FUZZING
@main
enum Replay {
    static func main() { FuzzReplay.run(fuzzParsers) }
}
#endif
