import Foundation

OutputFile.removeTemporaryFilesOnInterrupt()
exit(runTool(Array(CommandLine.arguments.dropFirst())).rawValue)
