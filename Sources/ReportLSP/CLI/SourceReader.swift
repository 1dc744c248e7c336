import Foundation
import WordFile

/// A report's text as read from disk or standard input.
struct SourceText: Equatable, Sendable {
  var text: String
  /// Whether the bytes began with a UTF-8 byte order mark, which is dropped for analysis and restored on write.
  var hasByteOrderMark: Bool
  /// For a Word document: `text` is its layout, with where each line came from. Never written back.
  var word: WordReport?

  init(text: String, hasByteOrderMark: Bool, word: WordReport? = nil) {
    self.text = text
    self.hasByteOrderMark = hasByteOrderMark
    self.word = word
  }

  /// The bytes to write back for `text`.
  func encoded(_ text: String) -> Data {
    Data(((hasByteOrderMark ? "\u{FEFF}" : "") + text).utf8)
  }
}

/// Reads reports — UTF-8 text, or Word documents (.docx) — and says, in Chinese, why one cannot be read,
/// with the command that converts it when another format (.doc, .wps, .pdf, GBK text) is the reason.
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

  /// Decodes bytes as a Word document (recognised by its content, whatever the name says) or as UTF-8
  /// text; `name` is used in the message.
  static func decode(_ data: Data, name: String) -> Result<SourceText, SourceReadError> {
    let bytes = [UInt8](data)
    let fileExtension = (name as NSString).pathExtension.lowercased()
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      let format: ConvertibleFormat = fileExtension == "docx" ? .encryptedWord : .compoundDocument(fileExtension)
      return .failure(SourceReadError(format.advice(for: name)))
    }
    if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) {
      return .failure(SourceReadError(ConvertibleFormat.pdf.advice(for: name)))
    }
    if bytes.starts(with: Array("{\\rtf".utf8)) {
      return .failure(SourceReadError(ConvertibleFormat.rtf.advice(for: name)))
    }
    if fileExtension == "odt" { return .failure(SourceReadError(ConvertibleFormat.openDocument.advice(for: name))) }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || fileExtension == "docx" {
      do {
        let report = WordReport(try WordDocument(bytes: bytes))
        return .success(SourceText(text: report.text, hasByteOrderMark: false, word: report))
      } catch {
        return .failure(SourceReadError("\(name): 无法读取 Word 文档：\(error.message)"))
      }
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .failure(
        SourceReadError(
          "\(name): 是 UTF-16 编码，不是 UTF-8；请先转换，例如 iconv -f UTF-16 -t UTF-8 \(quoted(name)) > 转换后.txt"))
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

/// A document format the linter does not read, and how to turn it into a .docx it does read.
enum ConvertibleFormat: Equatable {
  /// An OLE compound file: Word 97–2003 (.doc, .dot) or WPS (.wps, .wpt), by its extension.
  case compoundDocument(String)
  /// A .docx that is an OLE file: password-protected (or a renamed .doc).
  case encryptedWord
  case pdf
  case rtf
  case openDocument

  /// The extensions of files that are reports in a format to convert, found when walking folders.
  static let extensions = ["doc", "dot", "wps", "wpt", "rtf", "odt", "pdf"]

  var name: String {
    switch self {
    case .compoundDocument(let fileExtension):
      fileExtension == "wps" || fileExtension == "wpt" ? "WPS 文字文档（.\(fileExtension)）" : "旧版 Word 文档（.doc）"
    case .encryptedWord: "加密的 Word 文档（或改了扩展名的 .doc）"
    case .pdf: "PDF 文件"
    case .rtf: "RTF 文档"
    case .openDocument: "OpenDocument 文档（.odt）"
    }
  }

  /// "NAME: 是…，不能直接检查；请先转换为 .docx：libreoffice --headless --convert-to docx NAME…"
  func advice(for fileName: String) -> String {
    let quotedName = SourceReader.quoted(fileName)
    switch self {
    case .pdf:
      return "\(fileName): 是 PDF 文件，不能直接检查；请先转换为 .docx：libreoffice --headless "
        + "--infilter=writer_pdf_import --convert-to docx \(quotedName)（有原始 Word 文件时请直接检查原文件）"
    case .encryptedWord:
      return "\(fileName): 是\(name)，不能直接检查；请先在 Word 中取消密码，或转换为 .docx："
        + "libreoffice --headless --convert-to docx \(quotedName)"
    default:
      return "\(fileName): 是\(name)，不能直接检查；请先转换为 .docx：libreoffice --headless --convert-to docx "
        + "\(quotedName)（或在 Word/WPS 中“另存为” .docx）"
    }
  }
}
