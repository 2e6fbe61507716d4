import CadreModel
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
            process.environment = ["PATH": "/usr/bin:/bin", "CADRE_DB": cli.databaseLocation]
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

@Suite("Concurrent certificate issuing")
struct ConcurrentIssuingTests {
    @Test("two processes issuing at once get gapless, distinct serials")
    func gaplessSerials() throws {
        let cli = try CLIHarness()
        let people = 40
        try cli.saatliEvent(names: (1...people).map { "Person Number \($0)" })
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        var csv = "event_code,trainee_ref,kind,score\n"
        for index in 1...people { csv += "DV-SAATLI-2021-10,P\(index),post,15\n" }
        try cli.write("scores.csv", csv)
        #expect(cli.run("assessment", "import", "scores.csv").exitCode == 0)
        let binary = try #require(BinaryTests.binary)
        let halves = [Array(1...(people / 2)), Array((people / 2 + 1)...people)]
        let processes = try halves.map { half -> Process in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["certificate", "issue", "DV-SAATLI-2021-10"] + half.map { "P\($0)" }
            process.currentDirectoryURL = cli.folder
            process.environment = ["PATH": "/usr/bin:/bin", "CADRE_DB": cli.databaseLocation]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let list = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("certificate", "list", "--json").stdout.utf8)) as? [[String: Any]])
        let serials = list.compactMap { $0["serial"] as? String }.sorted()
        #expect(serials == (1...people).map { "DV-2021-" + String(format: "%05d", $0) })
    }
}
