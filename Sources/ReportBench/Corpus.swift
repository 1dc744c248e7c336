import Foundation

/// A text to benchmark, named for the tables.
struct Input {
  var name: String
  var text: String
  var bytes: Int { text.utf8.count }
}

enum Corpus {
  /// The `.txt` and `.md` files of a directory, sorted by name; empty when it does not exist.
  static func load(directory: String) -> [Input] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    return names.sorted().filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.compactMap { name in
      let path = (directory as NSString).appendingPathComponent(name)
      return (try? String(contentsOfFile: path, encoding: .utf8)).map { Input(name: name, text: $0) }
    }
  }

  /// A document of at least `bytes` UTF-8 bytes, made by concatenating `reports` round-robin,
  /// separated by a blank line. Deterministic, so the peer can be timed on the same text.
  static func synthetic(bytes: Int, from reports: [Input]) -> Input {
    var text = ""
    var index = 0
    var size = 0
    while size < bytes, !reports.isEmpty {
      let piece = reports[index % reports.count].text + "\n\n"
      text += piece
      size += piece.utf8.count
      index += 1
    }
    return Input(name: "synthetic-\(label(bytes: bytes))", text: text)
  }

  /// 100KB, 1MB, 10MB.
  static func label(bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20)MB" : "\(bytes >> 10)KB"
  }
}
