import CadreCLI
import Foundation

exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), stdout: StandardStream.output, stderr: StandardStream.error))
