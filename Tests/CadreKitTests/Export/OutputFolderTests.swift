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
}
