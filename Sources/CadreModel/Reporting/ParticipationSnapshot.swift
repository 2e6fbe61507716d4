/// The participations of one report query, read once and held compactly in memory: every
/// grouping a report asks for (rows, subtotals, total, the values each dimension takes)
/// is then counted from the same snapshot, without asking the database again.
///
/// A report over years of a national programme reads hundreds of thousands of
/// participations; each is kept as a person number, a yes/no for the measure and one small
/// number per dimension (an index into that dimension's distinct values), so the snapshot
/// stays a few megabytes however many there are.
public struct ParticipationSnapshot: Sendable {
    package let counting: TrainedQuery.Counting
    package let queryFilters: [TrainedQuery.Dimension: [String]]
    /// The dimensions read, in the order of each row's cells.
    package let dimensions: [TrainedQuery.Dimension]
    /// For each dimension read, its distinct values; cells hold indexes into these.
    private var distinct: [[String?]]
    private var codes: [[String?: Int32]]
    private var cells: [Int32] = []
    private var persons: [Int32] = []
    private var qualifies: [Bool] = []
    private var personNumbers: [String: Int32] = [:]

    package init(dimensions: [TrainedQuery.Dimension], query: TrainedQuery) {
        self.dimensions = dimensions
        self.counting = query.counting
        self.queryFilters = query.filters
        distinct = dimensions.map { _ in [] }
        codes = dimensions.map { _ in [:] }
    }

    /// Adds one participation: the person's id, the values of `dimensions` in order, and
    /// whether it meets the measure.
    package mutating func append(person: String, values: [String?], qualifies: Bool) {
        for (position, value) in values.enumerated() {
            if let code = codes[position][value] {
                cells.append(code)
            } else {
                let code = Int32(distinct[position].count)
                distinct[position].append(value)
                codes[position][value] = code
                cells.append(code)
            }
        }
        if let number = personNumbers[person] {
            persons.append(number)
        } else {
            let number = Int32(personNumbers.count)
            personNumbers[person] = number
            persons.append(number)
        }
        self.qualifies.append(qualifies)
    }

    /// Counts (persons, or participations) meeting the measure, grouped by `grouping`, of the
    /// participations matching `filters` (the query's own unless given). Every dimension
    /// named must be one the snapshot was read with.
    public func trained(groupedBy grouping: [TrainedQuery.Dimension], filters: [TrainedQuery.Dimension: [String]]? = nil) -> [[String?]: Int] {
        let width = dimensions.count
        let keyColumns = grouping.compactMap { dimensions.firstIndex(of: $0) }
        precondition(keyColumns.count == grouping.count, "the snapshot was not read with \(grouping)")
        var allowed: [(column: Int, codes: Set<Int32>)] = []
        for (dimension, values) in filters ?? queryFilters where !values.isEmpty {
            guard let column = dimensions.firstIndex(of: dimension) else { preconditionFailure("the snapshot was not read with \(dimension)") }
            let wanted = Set(values)
            allowed.append((column, Set(distinct[column].indices.filter { distinct[column][$0].map(wanted.contains) ?? false }.map(Int32.init))))
        }
        var chosen = persons.indices.filter { row in
            qualifies[row] && allowed.allSatisfy { $0.codes.contains(cells[row * width + $0.column]) }
        }
        // Rows of one group (and, within it, of one person) become neighbours; each run of a
        // group then counts its distinct persons, or its rows.
        chosen.sort { left, right in
            for column in keyColumns where cells[left * width + column] != cells[right * width + column] {
                return cells[left * width + column] < cells[right * width + column]
            }
            return persons[left] < persons[right]
        }
        var result: [[String?]: Int] = [:]
        var start = 0
        while start < chosen.count {
            var end = start + 1
            var count = 1
            while end < chosen.count, keyColumns.allSatisfy({ cells[chosen[end] * width + $0] == cells[chosen[start] * width + $0] }) {
                if counting == .participations || persons[chosen[end]] != persons[chosen[end - 1]] { count += 1 }
                end += 1
            }
            result[keyColumns.map { distinct[$0][Int(cells[chosen[start] * width + $0])] }] = count
            start = end
        }
        if keyColumns.isEmpty && result.isEmpty { result[[]] = 0 }
        return result
    }

    /// The values a dimension takes among the participations (any measure), unknown first,
    /// then in code order.
    public func values(of dimension: TrainedQuery.Dimension) -> [String?] {
        guard let column = dimensions.firstIndex(of: dimension) else { preconditionFailure("the snapshot was not read with \(dimension)") }
        return distinct[column].sorted { left, right in
            guard let right else { return false }
            guard let left else { return true }
            return Array(left.utf8).lexicographicallyPrecedes(right.utf8)
        }
    }
}
