@testable import CadreKit
import Foundation
import Testing

@Suite("background writer")
struct BackgroundWriterTests {
    struct Stop: Error {}

    func scratch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    func contents(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    @Test("a new folder appears whole when writing succeeds, with nothing left beside it")
    func newFolderAppears() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("nested/sheets")
        try BackgroundWriter.writing(into: try OutputFolder(out, syncEachFile: false)) { writer in
            for number in 0..<500 { try writer.write("page \(number).html", "<p>\(number)</p>") }
            try writer.write("page 7.html", "<p>seven, again</p>")
            #expect(!FileManager.default.fileExists(atPath: out.path), "the folder is not there while it is being written")
        }
        #expect(contents(out).count == 500)
        #expect(try String(contentsOf: out.appendingPathComponent("page_7.html"), encoding: .utf8) == "<p>seven, again</p>")
        #expect(contents(root.appendingPathComponent("nested")) == ["sheets"])
        let mode = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("page_1.html").path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test("a new folder whose writing fails midway never appears, and its hidden files are removed")
    func failureLeavesNothing() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("certificates")
        #expect(throws: Stop.self) {
            try BackgroundWriter.writing(into: try OutputFolder(out, syncEachFile: false)) { writer in
                for number in 0..<300 { try writer.write("\(number).html", "page") }
                throw Stop()
            }
        }
        #expect(contents(root).isEmpty)
    }

    @Test("a hidden folder left by a killed run with the same process id is cleared, not published")
    func staleStagingCleared() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let stale = root.appendingPathComponent(".sheets.\(ProcessInfo.processInfo.processIdentifier).partial")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: false)
        try Data("half".utf8).write(to: stale.appendingPathComponent("old.html"))
        let out = root.appendingPathComponent("sheets")
        try BackgroundWriter.writing(into: try OutputFolder(out, syncEachFile: false)) { writer in try writer.write("new.html", "whole") }
        #expect(contents(root) == ["sheets"])
        #expect(contents(out) == ["new.html"])
    }

    @Test("an existing folder keeps its other files and has the written ones replaced")
    func existingFolder() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("mine".utf8).write(to: root.appendingPathComponent("notes.txt"))
        try Data("old".utf8).write(to: root.appendingPathComponent("a.html"))
        try BackgroundWriter.writing(into: try OutputFolder(root, syncEachFile: false)) { writer in
            try writer.write("a.html", "new")
            try writer.write("b.html", "b")
        }
        #expect(contents(root) == ["a.html", "b.html", "notes.txt"])
        #expect(try String(contentsOf: root.appendingPathComponent("a.html"), encoding: .utf8) == "new")
    }

    @Test("a folder someone else fills meanwhile is not overwritten: the writing is refused and its files removed")
    func folderAppearsMeanwhile() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("sheets")
        #expect(throws: AtomicFile.Refused.self) {
            try BackgroundWriter.writing(into: try OutputFolder(out, syncEachFile: false)) { writer in
                try writer.write("1.html", "ours")
                try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
                try Data("theirs".utf8).write(to: out.appendingPathComponent("1.html"))
            }
        }
        #expect(contents(root) == ["sheets"])
        #expect(try String(contentsOf: out.appendingPathComponent("1.html"), encoding: .utf8) == "theirs")
    }
}
