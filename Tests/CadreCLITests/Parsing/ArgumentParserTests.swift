import Foundation
import Testing

@Suite("Argument parsing, help and errors")
struct ArgumentParserTests {
    @Test("an unknown option exits 64 with the error on one line and the help pointer on stderr")
    func unknownOption() throws {
        let cli = try CLIHarness()
        let result = cli.run("course", "list", "--colour")
        #expect(result.exitCode == 64)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                Error: Unknown option '--colour'
                  See 'cadre course list --help' for more information.

                """)
    }

    @Test("mistyped subcommands and options get a did-you-mean")
    func didYouMean() throws {
        let cli = try CLIHarness()
        #expect(cli.run("corse", "list").stderr.hasPrefix("Error: Unknown subcommand 'corse'. Did you mean 'course'?"))
        #expect(cli.run("course", "lst").stderr.hasPrefix("Error: Unknown subcommand 'lst'. Did you mean 'list'?"))
        #expect(cli.run("course", "list", "--jsn").stderr.hasPrefix("Error: Unknown option '--jsn'. Did you mean '--json'?"))
    }

    @Test("values outside a fixed set are refused, listing the choices")
    func choices() throws {
        let result = try CLIHarness().run("course", "list", "--lang", "fr")
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'az', 'en' or 'ru'"))
    }

    @Test("missing arguments and values, and extra arguments, are usage errors")
    func missingAndExtra() throws {
        let cli = try CLIHarness()
        #expect(cli.run("course", "show").stderr.hasPrefix("Error: Missing expected argument '<code>'"))
        #expect(cli.run("course", "list", "--db").stderr.hasPrefix("Error: Missing value for '--db <path>'"))
        #expect(cli.run("course", "show", "A", "B").stderr.hasPrefix("Error: Unexpected argument 'B'"))
        #expect(cli.run("course", "list", "--json=yes").stderr.hasPrefix("Error: The option '--json' takes no value"))
        for result in [cli.run("course", "show"), cli.run("course", "list", "--db"), cli.run("course", "show", "A", "B")] {
            #expect(result.exitCode == 64)
        }
    }

    @Test("--name=value, options before the subcommand and -- all work")
    func syntaxForms() throws {
        let cli = try CLIHarness()
        #expect(cli.run("init", "--db=x.sqlite").exitCode == 0)
        #expect(cli.run("--db", "x.sqlite", "course", "import").exitCode == 0)
        #expect(cli.run("course", "show", "--db=x.sqlite", "--", "DV-101").stdout.hasPrefix("DV-101"))
    }

    @Test("help has swift-argument-parser's sections, goes to stdout and exits 0")
    func help() throws {
        let cli = try CLIHarness()
        let root = cli.run("--help")
        #expect(root.exitCode == 0)
        #expect(root.stderr.isEmpty)
        for section in ["OVERVIEW:", "USAGE: cadre <subcommand>", "OPTIONS:", "SUBCOMMANDS:", "  course  "] {
            #expect(root.stdout.contains(section), "\(section)")
        }
        let leaf = cli.run("course", "import", "-h")
        #expect(leaf.stdout.contains("USAGE: cadre course import [<paths> ...] [--db <path>] [--json] [--by <name>]"))
        #expect(leaf.stdout.contains("ARGUMENTS:\n  <paths>"))
        #expect(cli.run("help", "course", "import").stdout == leaf.stdout)
        #expect(cli.run("course").stdout.contains("SUBCOMMANDS:\n  import"))
        #expect(cli.run("").exitCode == 64)
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLIHarness().run("--version")
        #expect(result.exitCode == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
