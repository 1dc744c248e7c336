import Foundation

/// `.reportlsp.json`: the settings of the reports in its folder and below, read the same way by the CLI
/// (`ConfigurationResolver`) and the server (`ServerConfigurations`). The nearest file above a report
/// applies; its keys win over the base settings they are read against (defaults in the CLI, the editor's
/// settings in the server), and the keys it does not set keep the base's value.
enum ConfigFile {
  static let fileName = ".reportlsp.json"

  /// The nearest configuration file in `directory` or a folder above it.
  static func nearest(from directory: String) -> String? {
    var current = directory.isEmpty ? "/" : directory
    while true {
      let candidate = current == "/" ? "/" + fileName : current + "/" + fileName
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      if current == "/" { return nil }
      current = (current as NSString).deletingLastPathComponent
      if current.isEmpty { current = "/" }
    }
  }

  /// The file's JSON, or why it cannot be used (in Chinese, naming the line and column of a syntax error).
  static func read(at path: String) -> Result<JSONValue, ConfigFileError> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(ConfigFileError(path: path, problem: "无法读取"))
    }
    return parse(data, path: path)
  }

  static func parse(_ data: Data, path: String) -> Result<JSONValue, ConfigFileError> {
    switch JSONText.parse(data) {
    case .success(let text): return .success(JSONText.jsonValue(text.root))
    case .failure(let error): return .failure(ConfigFileError(path: path, problem: "不是有效的 JSON，\(error.description)"))
    }
  }

  /// The settings the file at `path` describes over `base`, with its problems (each naming the file). A
  /// relative `gazetteerPath` in the file is relative to the file's folder.
  static func settings(from json: JSONValue, path: String, base: Settings) -> (settings: Settings, problems: [String]) {
    var (settings, problems) = Settings.parse(json, base: base)
    let object = json["reportLSP"] ?? json
    if object["gazetteerPath"]?.stringValue != nil, let relative = settings.gazetteerPath, !relative.hasPrefix("/"),
      !relative.hasPrefix("~")
    {
      let folder = (path as NSString).deletingLastPathComponent
      settings.gazetteerPath = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: folder, isDirectory: true))
        .standardizedFileURL.path
    }
    problems = problems.map { "配置文件 \(path): \($0)" }
    return (settings, problems)
  }
}

/// Why a configuration file could not be used.
struct ConfigFileError: Error, Equatable, Sendable {
  var path: String
  var problem: String

  var message: String { "配置文件 \(path): \(problem)" }
}
