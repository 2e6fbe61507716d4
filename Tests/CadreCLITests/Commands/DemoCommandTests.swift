import Foundation
import Testing

@Suite("cadre demo", .disabled(if: CLIHarness.onPostgres, "the demo builds an SQLite file of its own"))
struct DemoCommandTests {
    func files(under root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            guard !relative.hasSuffix(".sqlite"), !relative.contains(".sqlite-"), !url.hasDirectoryPath else { continue }
            if let data = try? Data(contentsOf: url), !data.isEmpty || relative.hasSuffix(".html") { result[relative] = data }
        }
        return result
    }

    @Test("builds the October 2021 round, links every page from index.html, and gives byte-identical files twice")
    func demo() throws {
        let cli = try CLIHarness()
        let first = cli.run("demo", "--out", "one")
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("4 events, 69 professionals enrolled"))
        #expect(first.stdout.hasSuffix(
            "Open \(cli.folder.appendingPathComponent("one/index.html").path)\n"
                + "The same round in the web application: swift run cadre serve --demo, then open http://127.0.0.1:8080/login\n"))
        // `serve --demo` adds a user of each role to the demo (and prints them) before it
        // listens; an address this machine does not have stops it right after.
        let served = cli.run("serve", "--demo", "--db", "one/cadre-demo.sqlite", "--listen", "203.0.113.1:8080")
        #expect(served.exitCode != 0 && served.stdout.contains("koordinator / saatli-koordinator-2021 — coordinator, SAATLI"), "\(served.stderr)")
        let users = cli.run("user", "list", "--db", "one/cadre-demo.sqlite").stdout
        #expect(["koordinator", "telimci", "nazirlik", "admin"].allSatisfy(users.contains), "\(users)")
        #expect(cli.run("init").exitCode == 0)
        let refused = cli.run("serve", "--demo", "--db", "cadre.sqlite", "--listen", "203.0.113.1:8080")
        #expect(refused.exitCode != 0 && refused.stderr.contains("is not a demo database"), "a real database gets no demo users")
        #expect(!cli.run("user", "list").stdout.contains("koordinator"))
        let one = try files(under: cli.folder.appendingPathComponent("one"))
        let index = String(decoding: try #require(one["index.html"]), as: UTF8.self)
        let pages = one.keys.filter { $0.hasSuffix(".html") && $0 != "index.html" }
        #expect(pages.count > 50)
        // Every page can be reached from the front page by following links.
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let page = queue.popLast() {
            let html = String(decoding: one[page] ?? Data(), as: UTF8.self)
            let folder = (page as NSString).deletingLastPathComponent
            for match in html.matches(of: /href="([^"#]+)"/) {
                let target = ((folder.isEmpty ? String(match.1) : folder + "/" + match.1) as NSString).standardizingPath
                if one[target] != nil, reached.insert(target).inserted, target.hasSuffix(".html") { queue.append(target) }
            }
        }
        for page in pages { #expect(reached.contains(page), "\(page) cannot be reached from index.html") }
        #expect(index.contains("Ağayev Əli"), "certificates are listed by holder")
        #expect(one.keys.contains("sheets/DV-SAATLI-2021-10-session-1.html"))
        #expect(one.keys.contains("reports/trained-by-profession-sex.csv"))

        #expect(cli.run("demo", "--out", "two").exitCode == 0)
        let two = try files(under: cli.folder.appendingPathComponent("two"))
        #expect(Set(one.keys) == Set(two.keys))
        for (name, data) in one { #expect(two[name] == data, "\(name) differs between runs") }

        #expect(cli.run("demo", "--out", "one").exitCode == 0, "an existing demo database is reused")
        #expect(cli.run("demo", "--out", "one", "--force").exitCode == 0)
        #expect(try files(under: cli.folder.appendingPathComponent("one"))["index.html"] == one["index.html"])
    }

    @Test("a database that is not a demo is never touched")
    func refusesRealData() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let result = cli.run("demo", "--db", cli.databasePath, "--force")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("is not a demo database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)) == before)
    }
}
