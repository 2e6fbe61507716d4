import CadreKit
public import CadreModel
public import Foundation

/// The `cadre` command line, callable in-process so tests drive exactly what users run.
public enum CLI {
    public static let version = "0.1.0"

    /// Parses `arguments` (without the program name), runs the command and returns the exit
    /// code. Never exits and never traps on bad input: every failure becomes a message on
    /// `stderr` and a non-zero code.
    public static func run(
        arguments: [String],
        stdout: any TextSink,
        stderr: any TextSink,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        changeContext: ChangeContext? = nil,
        input: (any LineSource)? = nil
    ) -> Int32 {
        let root = CommandTree.root
        let context = CommandContext(
            stdout: stdout, stderr: stderr, environment: environment, workingDirectory: workingDirectory,
            changeContext: changeContext, input: input ?? StandardInput())
        do {
            switch try ArgumentParser(root: root).parse(arguments) {
            case .version:
                context.print(version)
            case .help(let chain):
                stdout.write(HelpFormatter.help(chain))
            case .run(let chain, let values):
                try chain[chain.count - 1].action?(values, context)
            }
            return ExitCode.success.rawValue
        } catch let error as UsageError {
            stderr.write(HelpFormatter.error(error, root: root))
            return ExitCode.usage.rawValue
        } catch {
            stderr.write("Error: \(Quoted.escapingInvisible(String(describing: error)))\n")
            return ExitCode.forError(error).rawValue
        }
    }
}
