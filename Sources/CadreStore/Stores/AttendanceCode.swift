package import CadreModel

/// How an attendance status is stored: a small number, in the order of
/// ``AttendanceMark/Status/allCases`` (schema 7, ``IntegerKeys``).
package enum AttendanceCode {
    package static func code(_ status: AttendanceMark.Status) -> Int {
        switch status {
        case .present: 0
        case .late: 1
        case .excused: 2
        case .absent: 3
        }
    }

    /// The statuses that count as attended, as the SQL of reports writes them.
    package static let attended = "(\(code(.present)), \(code(.late)))"
}
