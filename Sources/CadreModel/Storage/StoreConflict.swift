/// A write the store refused because it would break one of the rules it keeps — a code or
/// reference used twice, a record pointing at one that is gone, a value outside its range.
/// The domain checks these rules first, so meeting one here means someone else changed the
/// same records at the same moment (or the data was edited by hand). Nothing was stored.
///
/// Every store reports its own constraint failures as this, so front ends never see a
/// database's error codes.
public struct StoreConflict: CadreError, Equatable {
    public enum Rule: Sendable, Equatable {
        /// Another record already has these values.
        case unique
        /// The record refers to one that does not exist (or is still referred to).
        case reference
        /// A value outside what the field allows.
        case value
    }

    public let rule: Rule
    /// What kind of record, in words people use ("event", "certificate"); nil when unknown.
    public let record: String?
    /// The fields involved, as the store names them.
    public let fields: [String]

    public init(rule: Rule, record: String?, fields: [String]) {
        self.rule = rule
        self.record = record
        self.fields = fields
    }

    public var category: ErrorCategory { .conflict }

    public var description: String {
        let subject = record ?? "record"
        let what = fields.isEmpty ? "" : " " + fields.joined(separator: " and ")
        let problem =
            switch rule {
            case .unique: "another \(subject) with the same\(what) was stored at the same time"
            case .reference: "the \(subject) refers to a record that is not there (or is still referred to)"
            case .value: "a value of the \(subject)\(what.isEmpty ? "" : " (\(fields.joined(separator: ", ")))") is outside what is allowed"
            }
        return "\(problem); nothing was stored — try again"
    }
}
