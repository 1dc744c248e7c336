import Foundation

/// Where a command reads and writes, and what it knows about its terminal; tests pass a capturing one.
struct Console: Sendable {
  var writeOutput: @Sendable (String) -> Void
  var writeErrorOutput: @Sendable (String) -> Void
  /// Reads all of standard input.
  var readInput: @Sendable () -> Data
  var isOutputTerminal: Bool
  var isErrorTerminal: Bool
  var environment: [String: String]
  /// The directory relative paths are resolved against (and printed relative to).
  var currentDirectory: String
  /// Whether standard input is a terminal (someone typed `report-lsp` without arguments).
  var isInputTerminal = false

  func write(_ text: String) { writeOutput(text) }
  func writeError(_ text: String) { writeErrorOutput(text) }

  /// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
  var usesColor: Bool { isOutputTerminal && (environment["NO_COLOR"] ?? "").isEmpty }

  /// The process's own standard streams.
  static var standard: Console {
    Console(
      writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
      writeErrorOutput: { FileHandle.standardError.write(Data($0.utf8)) },
      readInput: { FileHandle.standardInput.readDataToEndOfFile() },
      isOutputTerminal: isatty(STDOUT_FILENO) == 1,
      isErrorTerminal: isatty(STDERR_FILENO) == 1,
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath, isInputTerminal: isatty(STDIN_FILENO) == 1)
  }
}
