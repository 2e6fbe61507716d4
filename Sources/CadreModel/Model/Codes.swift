/// An event's code (`DV-SAATLI-2021-10`) as Cadre keeps it: cleaned (spaces, invisible
/// characters, Unicode form) and upper-cased once, where people's typing enters, so every
/// lookup, every import and every new event agree on one spelling.
public struct EventCode: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ typed: String) { text = TextFolding.clean(typed).uppercased() }

    public var description: String { text }
}

/// A course's code (`DV-101`), normalised like ``EventCode``.
public struct CourseCode: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ typed: String) { text = TextFolding.clean(typed).uppercased() }

    public var description: String { text }
}
