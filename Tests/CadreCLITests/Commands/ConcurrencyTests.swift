import Foundation
import Testing

/// Several trainers marking sessions of one database at once, as separate processes.
@Suite("Concurrent marking")
struct ConcurrencyTests {
    @Test("4 processes × 250 marks: every mark stored, none lost, no 'database is locked'")
    func fourTrainers() throws {
        let cli = try CLIHarness()
        let people = 250
        try cli.saatliEvent(names: (1...people).map { "Trainee Number \($0)" }, capacity: people)
        let binary = try #require(BinaryTests.binary)
        let processes = try (1...4).map { session -> (Process, Pipe, Pipe) in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["attendance", "take", "DV-SAATLI-2021-10", "--session", "\(session)", "--by", "trainer-\(session)"]
            process.currentDirectoryURL = cli.folder
            process.environment = ["PATH": "/usr/bin:/bin", "CADRE_DB": cli.databasePath]
            let input = Pipe()
            let output = Pipe()
            let errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data(String(repeating: "p\n", count: people).utf8))
            try input.fileHandleForWriting.close()
            return (process, output, errors)
        }
        for (process, output, errors) in processes {
            let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(stderr)")
            #expect(!stderr.contains("locked"))
            #expect(stdout.hasSuffix("250 marked in this run; 250 of 250 marked in session \(processes.firstIndex { $0.0 === process }.map { $0 + 1 } ?? 0).\n"))
        }
        let matrix = cli.run("attendance", "show", "DV-SAATLI-2021-10", "--json")
        let register = try #require(try JSONSerialization.jsonObject(with: Data(matrix.stdout.utf8)) as? [String: Any])
        let rows = try #require(register["rows"] as? [[String: Any]])
        let stored = rows.flatMap { ($0["marks"] as? [Any]) ?? [] }.filter { ($0 as? String) == "present" }.count
        #expect(stored == 4 * people)
    }
}
