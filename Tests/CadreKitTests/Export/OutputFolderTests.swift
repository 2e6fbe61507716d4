import CadreKit
import Foundation
import Testing

@Suite("output folder")
struct OutputFolderTests {
    @Test("names from user data stay inside the folder; the folder is made by the first write; files replace atomically")
    func namesStayInside() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root.appendingPathComponent("deep/../sheets"), syncEachFile: false)
        #expect(!FileManager.default.fileExists(atPath: root.path), "nothing is created before the first write")
        for hostile in ["../escape.html", "/etc/passwd", "..", ".hidden", "a/../../b.html", "", "Əliyev 1.html"] {
            try folder.write(hostile, "<p>\(hostile)</p>")
        }
        try folder.write("B001-grid.html", "old")
        try folder.write("B001-grid.html", "new")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("sheets").path).sorted()
        #expect(names == ["B001-grid.html", "_", "_.", "_._escape.html", "_etc_passwd", "_hidden", "_liyev_1.html", "a_.._.._b.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["sheets"], "no `deep`, nothing beside the folder")
        #expect(try String(contentsOf: root.appendingPathComponent("sheets/B001-grid.html"), encoding: .utf8) == "new")
    }

    @Test("a file where the folder should be is refused")
    func fileInTheWay() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-out-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: AtomicFile.Refused.self) { try OutputFolder(file) }
    }

    @Test("the background writer writes every file handed over, in any number, and no folder when nothing is written")
    func backgroundWriter() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(root, syncEachFile: false)
        struct Stop: Error {}
        #expect(throws: Stop.self) { try BackgroundWriter.writing(into: folder) { _ in throw Stop() } }
        #expect(!FileManager.default.fileExists(atPath: root.path))
        try BackgroundWriter.writing(into: folder) { writer in
            for number in 0..<500 { try writer.write("page-\(number).html", String(repeating: "\(number) ", count: number)) }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(names.count == 500, "no temporary files left")
        #expect(try String(contentsOf: root.appendingPathComponent("page-321.html"), encoding: .utf8) == String(repeating: "321 ", count: 321))
    }

    @Test("a file the writer cannot write stops the writing and its error reaches the caller")
    func backgroundWriterFailure() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // A folder where a page should go: rename(2) cannot replace it.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("page-3.html"), withIntermediateDirectories: true)
        var handedOver = 0
        let error = #expect(throws: AtomicFile.Refused.self) {
            try BackgroundWriter.writing(into: try OutputFolder(root, syncEachFile: false)) { writer in
                for number in 0..<10_000 {
                    try writer.write("page-\(number).html", "page \(number)")
                    handedOver += 1
                }
            }
        }
        #expect(error?.path.hasSuffix("page-3.html") == true)
        #expect(handedOver < 10_000, "the caller stops once the writer has failed")
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: root.path)).contains { $0.hasPrefix(".") }, "no temporary files left")
    }
}
