import Foundation

/// A report's text as read from disk or standard input.
struct SourceText: Equatable, Sendable {
  var text: String
  /// Whether the bytes began with a UTF-8 byte order mark, which is dropped for analysis and restored on write.
  var hasByteOrderMark: Bool

  /// The bytes to write back for `text`.
  func encoded(_ text: String) -> Data {
    Data(((hasByteOrderMark ? "\u{FEFF}" : "") + text).utf8)
  }
}

/// Reads reports and says, in Chinese, why one cannot be read as UTF-8 text.
enum SourceReader {
  static func read(path: String) -> Result<SourceText, SourceReadError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(SourceReadError("\(path): 文件不存在"))
    }
    if isDirectory.boolValue { return .failure(SourceReadError("\(path): 是文件夹")) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(SourceReadError("\(path): 无法读取（请检查权限）"))
    }
    return decode(data, name: path)
  }

  /// Decodes bytes as UTF-8 text; `name` is used in the message.
  static func decode(_ data: Data, name: String) -> Result<SourceText, SourceReadError> {
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .failure(
        SourceReadError(
          "\(name): 是 UTF-16 编码，不是 UTF-8；请先转换，例如 iconv -f UTF-16 -t UTF-8 \(quoted(name)) > 转换后.txt"))
    }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      return .failure(SourceReadError("\(name): 是 Word 或压缩文件，不是纯文本；请在 Word 中“另存为”纯文本（UTF-8）"))
    }
    if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) {
      return .failure(SourceReadError("\(name): 是 PDF 文件，不是纯文本；请复制其中的文字另存为 UTF-8 文本"))
    }
    // git's test: a NUL byte in the first 8000 bytes means binary.
    if bytes.prefix(8000).contains(0) {
      return .failure(SourceReadError("\(name): 是二进制文件，不是纯文本"))
    }
    let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = hasByteOrderMark ? Array(bytes.dropFirst(3)) : bytes
    guard let text = String(validating: body, as: UTF8.self) else {
      let guess = looksLikeGB18030(body) ? "（看起来是 GBK/GB18030，Windows 中文版的常见编码）" : ""
      return .failure(
        SourceReadError(
          "\(name): 不是 UTF-8 编码\(guess)；请先转换，例如 iconv -f GB18030 -t UTF-8 \(quoted(name)) > 转换后.txt"))
    }
    return .success(SourceText(text: text, hasByteOrderMark: hasByteOrderMark))
  }

  /// Whether the non-ASCII bytes pair up as GBK/GB18030 two-byte characters.
  static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
    var index = 0
    var pairs = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return false }
      let trail = bytes[index + 1]
      if (0x30...0x39).contains(trail) {
        index += 4  // a four-byte GB18030 sequence
      } else if (0x40...0xFE).contains(trail), trail != 0x7F {
        index += 2
      } else {
        return false
      }
      pairs += 1
    }
    return pairs > 0
  }

  /// A path quoted for the shell when it needs it.
  static func quoted(_ path: String) -> String {
    let safe = path.unicodeScalars.allSatisfy { scalar in
      scalar.value > 0x7F || CharacterSet.alphanumerics.contains(scalar) || "-_./+,:@".unicodeScalars.contains(scalar)
    }
    return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// Why a report could not be read, in Chinese, starting with its name.
struct SourceReadError: Error, Equatable, Sendable {
  var message: String
  init(_ message: String) { self.message = message }
}
