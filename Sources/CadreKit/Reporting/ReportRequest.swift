public import CadreModel
public import Foundation

/// A report as a form asks for it — which report, the period, the dimensions, what counts —
/// turned into its ``ReportTable``. The web pages ask for reports this way; what each report
/// computes stays in the report itself.
public struct ReportRequest: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case trained, delivery, assessment
        /// What participants thought at the end (``FeedbackReport``, FEEDBACK-END).
        case feedback
        /// What they use months later (``FeedbackReport``, FOLLOW-UP).
        case followUp = "follow-up"
    }

    public var kind: Kind
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var dimensions: [TrainedQuery.Dimension]
    public var measure: TrainedQuery.Measure
    public var counting: TrainedQuery.Counting
    /// Only this centre's participations (a centre's coordinator or viewer): the trained and
    /// feedback reports can be narrowed so, hence ``kinds(scoped:)``.
    public var centreCode: String?
    /// How feedback is grouped: by trainer only when ``mayGroupByTrainer`` (a trainer's own
    /// scores are for their coordinator), else by event.
    public var feedbackGrouping: FeedbackReport.Grouping = .event
    public var mayGroupByTrainer = false

    public init(
        kind: Kind, from: CalendarDate? = nil, to: CalendarDate? = nil, dimensions: [TrainedQuery.Dimension] = [],
        measure: TrainedQuery.Measure = .completed, counting: TrainedQuery.Counting = .persons, centreCode: String? = nil
    ) {
        self.kind = kind
        self.from = from
        self.to = to
        self.dimensions = dimensions
        self.measure = measure
        self.counting = counting
        self.centreCode = centreCode
    }

    /// The reports someone may ask for: a user of one centre gets the one that can be limited to it.
    public static func kinds(scoped: Bool) -> [Kind] { scoped ? [.trained, .feedback, .followUp] : Kind.allCases }

    /// The dimensions each report can group by.
    public var allowedDimensions: [TrainedQuery.Dimension] {
        switch kind {
        case .trained, .assessment: TrainedQuery.Dimension.allCases
        case .delivery: DeliveryReport.dimensions
        case .feedback, .followUp: []
        }
    }

    /// The report's table, in `words`' language; the trained report with two dimensions as the
    /// donors' cross table, as the CLI prints it on screen.
    public func table(database: any Store, words: ReportWords, now: Date) throws -> ReportTable {
        let dimensions = self.dimensions.filter(allowedDimensions.contains)
        switch kind {
        case .trained:
            var query = TrainedQuery(from: from, to: to, dimensions: dimensions, measure: measure, counting: counting)
            if let centreCode { query.filters[.centre] = [centreCode] }
            let report = try TrainedReport.make(query, database: database, now: now)
            let labels = try DimensionLabels(database, words: words)
            return report.crossTable(labels: labels, words: words) ?? report.table(labels: labels, words: words)
        case .delivery:
            return try DeliveryReport.make(from: from, to: to, groupedBy: dimensions, database: database, now: now)
                .table(labels: try DimensionLabels(database, words: words), words: words)
        case .assessment:
            let report = try AssessmentReport.make(from: from, to: to, groupedBy: dimensions.isEmpty ? [.course] : dimensions, database: database, now: now)
            return report.table(labels: try DimensionLabels(database, words: words), words: words)
        case .feedback, .followUp:
            let grouping = feedbackGrouping == .trainer && !mayGroupByTrainer ? .event : feedbackGrouping
            return try FeedbackReport.make(
                from: from, to: to, eventCode: nil, grouping: grouping, suppressBelow: FeedbackReport.defaultSuppressBelow,
                questionnaireCode: kind == .feedback ? nil : FollowUpDesk.followUpCode, centreCode: centreCode,
                database: database, now: now
            ).table(words: words)
        }
    }
}
