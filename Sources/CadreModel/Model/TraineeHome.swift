public import Foundation

/// Whose records a person is part of: the organiser of the first event they were enrolled in.
/// It does not move when another centre enrols them later, so enrolling someone (or a walk-in,
/// or a confirmed check-in) never opens their contacts to the enrolling centre.
public enum TraineeHome: Sendable, Equatable {
    /// Registered, enrolled nowhere yet.
    case unenrolled
    /// First enrolled in an event of the ministry or the programme (an event without a centre).
    case national
    /// First enrolled in an event of this centre.
    case centre(UUID)
}
