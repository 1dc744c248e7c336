import Analysis
import Foundation

/// Reads the gazetteer CSV from disk, for the CLI and the server.
enum GazetteerLoader {
  enum LoadError: Error, CustomStringConvertible {
    case unreadable(String)
    case empty(String)

    var description: String {
      switch self {
      case .unreadable(let path): "无法读取乡镇区划表 \(path)"
      case .empty(let path): "乡镇区划表 \(path) 中没有可用的行（需要列 code,province,city,county,township）"
      }
    }
  }

  static func load(path: String) -> Result<Gazetteer, LoadError> {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      return .failure(.unreadable(path))
    }
    let gazetteer = Gazetteer(csv: text)
    return gazetteer.entries.isEmpty ? .failure(.empty(path)) : .success(gazetteer)
  }
}
