import Analysis
import Foundation

/// `.reportlsp-waivers.json`: the waivers of the reports in one folder, kept beside them so the report
/// text never carries a marker. Written by ReportLSP (CLI or the editor's "忽略此处…" action), read by both.
///
///     {
///       "version": 1,
///       "files": {
///         "report.md": [
///           {"code": "N101", "text": "甲乙镇", "before": "参照", "after": "的做法", "reason": "引用外乡镇经验"}
///         ]
///       }
///     }
struct WaiverFile: Equatable, Sendable {
  static let fileName = ".reportlsp-waivers.json"

  /// Waivers per report, keyed by the report's file name within the folder.
  var files: [String: [Waiver]] = [:]

  private struct Stored: Codable {
    var version: Int
    var files: [String: [Entry]]
  }

  private struct Entry: Codable {
    var code: String
    var text: String
    var before: String
    var after: String
    var reason: String
  }

  /// The side file that holds the waivers of the report at `path`.
  static func path(forReport path: String) -> String {
    URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// The waivers of the report at `path`.
  func waivers(forReport path: String) -> [Waiver] {
    files[URL(fileURLWithPath: path).lastPathComponent] ?? []
  }

  /// Adds a waiver for the report at `path`, replacing one for the same place.
  mutating func add(_ waiver: Waiver, forReport path: String) {
    let name = URL(fileURLWithPath: path).lastPathComponent
    var list = files[name] ?? []
    list.removeAll {
      $0.code == waiver.code && $0.text == waiver.text && $0.before == waiver.before && $0.after == waiver.after
    }
    list.append(waiver)
    files[name] = list
  }

  /// Parses the file's contents; the problem is described in Chinese.
  static func parse(_ data: Data) -> Result<WaiverFile, WaiverFileError> {
    guard let stored = try? JSONDecoder().decode(Stored.self, from: data) else {
      return .failure(WaiverFileError(message: "格式不对（应为 {\"version\": 1, \"files\": {文件名: [忽略记录…]}}）"))
    }
    guard stored.version == 1 else {
      return .failure(WaiverFileError(message: "版本 \(stored.version) 不受支持（本程序支持版本 1）"))
    }
    let files = stored.files.mapValues { entries in
      entries.map { Waiver(code: $0.code, text: $0.text, before: $0.before, after: $0.after, reason: $0.reason) }
    }
    return .success(WaiverFile(files: files))
  }

  /// Reads the side file of the report at `path`; a missing file is an empty one.
  static func load(forReport path: String) -> Result<WaiverFile, WaiverFileError> {
    load(at: Self.path(forReport: path))
  }

  /// Reads the side file at `sidePath`; a missing file is an empty one.
  static func load(at sidePath: String) -> Result<WaiverFile, WaiverFileError> {
    guard FileManager.default.fileExists(atPath: sidePath) else { return .success(WaiverFile()) }
    guard let data = FileManager.default.contents(atPath: sidePath) else {
      return .failure(WaiverFileError(message: "无法读取 \(sidePath)"))
    }
    return parse(data).mapError { WaiverFileError(message: "\(sidePath) \($0.message)") }
  }

  /// The file's contents: stable key order, one waiver per line group, ending with a newline.
  func encoded() -> String {
    let stored = Stored(
      version: 1,
      files: files.filter { !$0.value.isEmpty }.mapValues { waivers in
        waivers.map { Entry(code: $0.code, text: $0.text, before: $0.before, after: $0.after, reason: $0.reason) }
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(stored)) ?? Data("{\"files\":{},\"version\":1}".utf8)
    return (String(data: data, encoding: .utf8) ?? "") + "\n"
  }
}

/// Why a waiver file could not be used.
struct WaiverFileError: Error, Equatable {
  var message: String
}
