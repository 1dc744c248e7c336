import Analysis
import Foundation

/// Reads the gazetteer CSV from disk, for the CLI and the server (which calls it off its message loop).
enum GazetteerLoader {
  enum LoadError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    case empty(String, problems: [String])

    var description: String {
      switch self {
      case .unreadable(let path): "无法读取乡镇区划表 \(path)（需要 UTF-8 编码的 CSV 文件）"
      case .empty(let path, let problems):
        "乡镇区划表 \(path) 中没有可用的行（需要列 code,province,city,county,township）"
          + (problems.isEmpty ? "" : "：" + GazetteerLoader.examples(problems))
      }
    }
  }

  struct Loaded: Sendable {
    var gazetteer: Gazetteer
    /// The rows that could not be read, counted, with the first few by line number; nil when all could.
    var warning: String?
  }

  static func load(path: String) -> Result<Loaded, LoadError> {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      return .failure(.unreadable(path))
    }
    let gazetteer = Gazetteer(csv: text)
    if gazetteer.entries.isEmpty { return .failure(.empty(path, problems: gazetteer.problems)) }
    let problems = gazetteer.problems
    let warning =
      problems.isEmpty ? nil : "乡镇区划表 \(path) 有 \(problems.count) 行无法读取，已跳过：" + examples(problems)
    return .success(Loaded(gazetteer: gazetteer, warning: warning))
  }

  /// The first three problems, and how many more there are.
  static func examples(_ problems: [String]) -> String {
    problems.prefix(3).joined(separator: "；") + (problems.count > 3 ? "；等 \(problems.count) 行" : "")
  }
}
