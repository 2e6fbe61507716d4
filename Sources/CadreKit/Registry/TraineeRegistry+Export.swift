public import CadreModel
import Foundation

/// Exporting the register as CSV for Excel, in full or pseudonymised for donors.
extension TraineeRegistry {
    public static let exportHeader = [
        "ref", "full_name", "sex", "profession", "organization", "region", "email", "phone", "national_id", "birth_date",
        "centre_refs",
    ]
    public static let pseudonymousHeader = ["pseudonym", "sex", "profession", "organization", "region"]

    /// Writes every active trainee, in Azerbaijani alphabetical order, through `write`.
    ///
    /// Pseudonymised exports replace each person by a stable pseudonym (an HMAC of their id
    /// under a key kept in the database, so the same person gets the same pseudonym in every
    /// export, and nobody without the database can link it back) and leave out names,
    /// contacts, national ids, birth dates and references.
    public func export(pseudonymize: Bool, context: ChangeContext, write: @escaping (String) throws -> Void) throws -> Int {
        let writer = try CSVWriter(write: write)
        return try export(pseudonymize: pseudonymize, context: context) { try writer.row($0) }
    }

    /// The same rows, header first, handed to `row` one by one (a workbook types them).
    public func export(pseudonymize: Bool, context: ChangeContext, row: ([String]) throws -> Void) throws -> Int {
        try database.write { database in
            let key = pseudonymize ? try pseudonymKey(database) : []
            var trainees: [Trainee] = []
            try database.trainees.forEachActive { trainees.append($0) }
            if pseudonymize {
                try row(Self.pseudonymousHeader)
                let rows = trainees.map { trainee in
                    [Self.pseudonym(of: trainee, key: key), trainee.sex?.rawValue ?? "", trainee.professionCode ?? "",
                     trainee.organization ?? "", trainee.regionCode ?? ""]
                }
                for line in rows.sorted(by: { $0[0] < $1[0] }) { try row(line) }
            } else {
                try row(Self.exportHeader)
                let store = database.trainees
                for trainee in trainees.sortedAzerbaijani(by: { $0.fullName ?? "" }) {
                    try row([
                        trainee.ref, trainee.fullName ?? "", trainee.sex?.rawValue ?? "", trainee.professionCode ?? "",
                        trainee.organization ?? "", trainee.regionCode ?? "", trainee.email ?? "", trainee.phone ?? "",
                        trainee.nationalID ?? "", trainee.birthDate ?? "", try store.externalRefs(of: trainee.id).joined(separator: " "),
                    ])
                }
            }
            try database.audit.record(context, "trainee.export", entity: "trainee",
                detail: "\(trainees.count) trainees" + (pseudonymize ? ", pseudonymised" : ""))
            return trainees.count
        }
    }

    /// How a workbook reads the export's columns: the birth date is a date, all else text
    /// (phone numbers and ids keep their leading zeros).
    public static let exportKinds: [Spreadsheet.Kind] = [.text, .text, .text, .text, .text, .text, .text, .text, .text, .date, .text]

    static func pseudonym(of trainee: Trainee, key: [UInt8]) -> String {
        let digest = SHA256.hmac(key: key, message: Array(trainee.id.databaseText.utf8))
        let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
        let letters = digest.prefix(8).map { alphabet[Int($0) % alphabet.count] }
        return "P-" + String(letters.prefix(4)) + "-" + String(letters.suffix(4))
    }

    /// The database's pseudonym key, made from the system's secure random source on first use.
    private func pseudonymKey(_ database: any Store) throws -> [UInt8] {
        let settings = database.settings
        if let hex = try settings.value("pseudonym_key"), hex.count == 64 {
            return stride(from: 0, to: 64, by: 2).compactMap { offset in
                let start = hex.index(hex.startIndex, offsetBy: offset)
                return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
            }
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try settings.set("pseudonym_key", to: SHA256.hex(key))
        return key
    }
}
