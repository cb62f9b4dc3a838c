import Foundation

exit(runTool(Array(CommandLine.arguments.dropFirst())).rawValue)
