import Foundation

exit(CommandLine.run(arguments: Array(CommandLine.arguments.dropFirst())))
