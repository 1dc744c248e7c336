import Foundation
import Testing

@testable import ReportLSP

/// What a command printed and returned.
struct CLIRun {
  var code: Int32
  var output: String
  var errorOutput: String
}

/// Collects a console's output across threads.
final class CapturedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var output = ""
  private var errorOutput = ""

  func append(_ text: String, isError: Bool) {
    lock.lock()
    if isError { errorOutput += text } else { output += text }
    lock.unlock()
  }

  var texts: (String, String) {
    lock.lock()
    defer { lock.unlock() }
    return (output, errorOutput)
  }
}

/// Runs `report-lsp` in-process with `directory` as the current folder.
func runCLI(
  _ arguments: [String], in directory: URL, input: String = "", isTerminal: Bool = false,
  environment: [String: String] = [:]
) -> CLIRun {
  let captured = CapturedOutput()
  let console = Console(
    writeOutput: { captured.append($0, isError: false) }, writeErrorOutput: { captured.append($0, isError: true) },
    readInput: { Data(input.utf8) }, isOutputTerminal: isTerminal, isErrorTerminal: isTerminal,
    environment: environment, currentDirectory: directory.path)
  let code = CommandLine.run(arguments: arguments, console: console)
  let (output, errorOutput) = captured.texts
  return CLIRun(code: code, output: output, errorOutput: errorOutput)
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("report-lsp-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes a file (creating folders) and returns its URL.
  @discardableResult
  func write(_ relativePath: String, _ contents: String) throws -> URL {
    try write(relativePath, Data(contents.utf8))
  }

  @discardableResult
  func write(_ relativePath: String, _ data: Data) throws -> URL {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    return file
  }

  func read(_ relativePath: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(relativePath), encoding: .utf8)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Tests/ReportLSPTests/Fixtures.
let cliFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

/// Compares `actual` with a golden file under Fixtures; `UPDATE_SNAPSHOTS=1` rewrites it (and still fails).
func expectGolden(_ actual: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let url = cliFixtures.appendingPathComponent(relativePath)
  let expected = try? String(contentsOf: url, encoding: .utf8)
  guard expected != actual else { return }
  if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
    try actual.write(to: url, atomically: true, encoding: .utf8)
  }
  Issue.record("golden \(relativePath) differs:\n\(actual)", sourceLocation: sourceLocation)
}
