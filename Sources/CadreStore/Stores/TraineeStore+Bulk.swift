package import CadreModel
package import Foundation

/// Lookups of many people at once, for imports that name hundreds of them a chunk.
extension TraineeStore {
    /// The people these references name, as ``resolve(_:)`` finds each (Cadre's own reference
    /// first, then the centres', following merges), in a few statements for all of them.
    /// References that name nobody are absent from the result.
    package func resolveAll(_ references: [String]) throws -> [String: Trainee] {
        var cleaned: [String: [String]] = [:]
        for reference in references { cleaned[TextFolding.clean(reference), default: []].append(reference) }
        var rowIDs: [String: Int] = [:]
        let shaped = cleaned.keys.filter(Trainee.couldBeShortRef)
        var byUppercase: [String: [String]] = [:]
        for ref in shaped { byUppercase[ref.uppercased(), default: []].append(ref) }
        for list in ParameterList.lists(Array(byUppercase.keys)) {
            try database.forEachRow("SELECT ref, id FROM trainee WHERE ref IN \(ParameterList.places)", list) { row in
                guard let id = row.int(at: 1) else { return }
                for ref in byUppercase[row.string(at: 0) ?? ""] ?? [] { rowIDs[ref] = id }
            }
        }
        let others = cleaned.keys.filter { rowIDs[$0] == nil }
        for list in ParameterList.lists(others) {
            try database.forEachRow("SELECT ref, trainee_id FROM trainee_external_ref WHERE ref IN \(ParameterList.places)", list) { row in
                if let ref = row.string(at: 0), let id = row.int(at: 1) { rowIDs[ref] = id }
            }
        }
        let people = try survivors(of: Set(rowIDs.values))
        var result: [String: Trainee] = [:]
        for (ref, id) in rowIDs {
            guard let person = people[id] else { continue }
            for reference in cleaned[ref] ?? [] { result[reference] = person }
        }
        return result
    }

    /// The record each row id ends at, following merges (as ``resolveID(_:)``, at most 100 hops).
    private func survivors(of rowIDs: Set<Int>) throws -> [Int: Trainee] {
        var pending = rowIDs
        var records: [Int: (merged: Int?, trainee: Trainee)] = [:]
        for _ in 0...100 where !pending.isEmpty {
            for list in ParameterList.lists(Array(pending)) {
                try database.forEachRow(
                    "SELECT trainee.id AS row_id, trainee.merged_into_id AS merged_row, \(Self.columns) FROM trainee WHERE trainee.id IN \(ParameterList.places)",
                    list
                ) { row in
                    guard let id = row.int("row_id") else { return }
                    records[id] = (row.int("merged_row"), try trainee(from: row))
                }
            }
            pending = Set(records.values.compactMap(\.merged).filter { records[$0] == nil })
        }
        var result: [Int: Trainee] = [:]
        for id in rowIDs {
            var current = id
            var hops = 0
            while let next = records[current]?.merged, records[next] != nil, hops < 100 {
                current = next
                hops += 1
            }
            result[id] = records[current]?.trainee
        }
        return result
    }
}

extension TraineeStore {
    package func candidates(nationalIDs: [String], emails: [String], nameKeys: [String]) throws -> [Trainee] {
        var found: [Trainee] = []
        var seen = Set<UUID>()
        for (column, values) in [("national_id", nationalIDs), ("email", emails), ("name_key", nameKeys)] {
            for list in ParameterList.lists(Array(Set(values))) {
                // Column names from the list above, never from users. Merged records are left out
                // here, not in SQL: given `merged_into_id IS NULL` beside an IN list, SQLite took
                // that index (every active person) for each chunk, and 100,000 people took 14 s.
                try database.forEachRow("SELECT \(Self.columns) FROM trainee WHERE \(column) IN \(ParameterList.places)", list) { row in
                    let person = try trainee(from: row)
                    if person.mergedIntoID == nil, seen.insert(person.id).inserted { found.append(person) }
                }
            }
        }
        return found
    }

    package func duplicateRefs(among references: [String]) throws -> Set<String> {
        var found = Set<String>()
        for list in ParameterList.lists(Array(Set(references.map(TextFolding.clean)))) {
            try database.forEachRow(
                "SELECT ref FROM trainee_external_ref WHERE kind = 'duplicate' AND ref IN \(ParameterList.places)", list
            ) { row in if let ref = row.string(at: 0) { found.insert(ref) } }
        }
        return found
    }

    package func inserter() throws -> any TraineeInserter { try TraineeStaging(database) }
}
