import Foundation

/// Where the numbers were measured: machine, commit and date, printed above every table.
enum Environment {
  static var cpuModel: String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown CPU" }
    for line in info.split(separator: "\n") where line.hasPrefix("model name") {
      if let colon = line.firstIndex(of: ":") {
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return "unknown CPU"
  }

  static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

  static var operatingSystem: String { ProcessInfo.processInfo.operatingSystemVersionString }

  /// `git describe`-like identification of the working tree: short hash, plus `-dirty` when modified.
  static var commit: String {
    let hash = run(["git", "rev-parse", "--short", "HEAD"]) ?? "unknown"
    let status = run(["git", "status", "--porcelain", "--untracked-files=no"]) ?? ""
    let branch = run(["git", "rev-parse", "--abbrev-ref", "HEAD"]).map { " (\($0))" } ?? ""
    return hash + (status.isEmpty ? "" : "-dirty") + branch
  }

  static var date: String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date())
  }

  /// Runs a command and returns its trimmed standard output, nil on failure.
  static func run(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
