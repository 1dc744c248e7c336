import Analysis
import Foundation

/// `.reportlsp-waivers.json`: the waivers of the reports in one folder, kept beside them so the report
/// text never carries a marker. Written by the server (the editor's "忽略此处…" action), read by the CLI
/// and the server.
///
///     {
///       "version": 1,
///       "files": {
///         "report.md": [
///           {"code": "N101", "text": "甲乙镇", "before": "参照", "after": "的做法", "reason": "引用外乡镇经验"}
///         ]
///       }
///     }
///
/// Reviewers annotate the file by hand, so it is kept as text: a new waiver is spliced into that text and
/// everything else stays as written, fields and entries the program does not know included (a top-level
/// `comment`, an entry's `author` or `date`). An entry without a string `code` and `text` waives nothing
/// and is kept.
struct WaiverFile: Sendable {
  static let fileName = ".reportlsp-waivers.json"

  /// The file's text, as read or as last changed by `add`.
  private(set) var text: String
  /// Waivers per report, keyed by the report's file name within the folder.
  private(set) var files: [String: [Waiver]]

  /// An empty (absent) file.
  init() {
    text = ""
    files = [:]
  }

  private init(text: String, files: [String: [Waiver]]) {
    self.text = text
    self.files = files
  }

  /// The side file that holds the waivers of the report at `path`.
  static func path(forReport path: String) -> String {
    URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(fileName).path
  }

  /// The waivers of the report at `path`.
  func waivers(forReport path: String) -> [Waiver] {
    files[URL(fileURLWithPath: path).lastPathComponent] ?? []
  }

  // MARK: - Reading

  /// Parses the file's contents; a problem is described in Chinese, with its line and column.
  static func parse(_ data: Data) -> Result<WaiverFile, WaiverFileError> {
    parse(text: String(decoding: data, as: UTF8.self), bytes: Array(data))
  }

  static func parse(text: String) -> Result<WaiverFile, WaiverFileError> {
    parse(text: text, bytes: Array(text.utf8))
  }

  private static func parse(text: String, bytes: [UInt8]) -> Result<WaiverFile, WaiverFileError> {
    if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return .success(WaiverFile(text: text, files: [:])) }
    let parsed: JSONText
    switch JSONText.parse(bytes) {
    case .success(let value): parsed = value
    case .failure(let error): return .failure(WaiverFileError(message: "不是有效的 JSON，\(error.description)"))
    }
    return structure(of: parsed).map { WaiverFile(text: text, files: $0) }
  }

  private static let shape = "应为 {\"version\": 1, \"files\": {文件名: [忽略记录…]}}"

  /// The waivers of a parsed file, or what is wrong with its shape.
  private static func structure(of parsed: JSONText) -> Result<[String: [Waiver]], WaiverFileError> {
    guard case .object = parsed.root.value else {
      return .failure(WaiverFileError(message: "格式不对（\(shape)）"))
    }
    if let version = JSONText.member("version", of: parsed.root) {
      guard case .number(let number) = version.value.value, number == 1 else {
        let written = String(decoding: parsed.bytes[version.value.span], as: UTF8.self)
        return .failure(WaiverFileError(message: "版本 \(written) 不受支持（本程序支持版本 1）"))
      }
    }
    guard let filesMember = JSONText.member("files", of: parsed.root) else { return .success([:]) }
    guard case .object(let reports) = filesMember.value.value else {
      return .failure(WaiverFileError(message: "files 应为对象（\(shape)）"))
    }
    var files: [String: [Waiver]] = [:]
    for report in reports {
      guard case .array(let entries) = report.value.value else {
        return .failure(WaiverFileError(message: "files 中 \(report.key) 的值应为数组（\(shape)）"))
      }
      files[report.key, default: []].append(contentsOf: entries.compactMap(waiver(in:)))
    }
    return .success(files)
  }

  /// The waiver an entry describes; nil for an entry without a string `code` and `text`.
  private static func waiver(in entry: JSONText.Node) -> Waiver? {
    func string(_ key: String) -> String? {
      guard let member = JSONText.member(key, of: entry), case .string(let value) = member.value.value else { return nil }
      return value
    }
    guard let code = string("code"), let text = string("text") else { return nil }
    return Waiver(code: code, text: text, before: string("before") ?? "", after: string("after") ?? "", reason: string("reason") ?? "")
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

  // MARK: - Writing

  /// Adds a waiver for the report at `path` by splicing it into the text: a waiver for the same place gets
  /// the new reason (its other fields kept), otherwise the entry is appended to the report's list, which is
  /// created when missing. Fails, changing nothing, when the file's shape leaves no place for it.
  mutating func add(_ waiver: Waiver, forReport path: String) -> Result<Void, WaiverFileError> {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let spliced: String
    switch Self.splice(waiver, forReport: name, into: text) {
    case .success(let value): spliced = value
    case .failure(let error): return .failure(error)
    }
    switch Self.parse(text: spliced) {
    case .success(let file): self = file
    case .failure(let error): return .failure(error)
    }
    return .success(())
  }

  /// One entry, on one line, with the known fields in a fixed order.
  private static func entryText(_ waiver: Waiver) -> String {
    let fields = [
      ("code", waiver.code), ("text", waiver.text), ("before", waiver.before), ("after", waiver.after),
      ("reason", waiver.reason),
    ]
    return "{" + fields.map { "\"\($0.0)\": \(JSONText.quoted($0.1))" }.joined(separator: ", ") + "}"
  }

  private static func splice(_ waiver: Waiver, forReport name: String, into text: String) -> Result<String, WaiverFileError> {
    let newline = text.contains("\r\n") ? "\r\n" : "\n"
    var bytes = Array(text.utf8)
    if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      bytes = Array("{\(newline)  \"version\": 1,\(newline)  \"files\": {}\(newline)}\(newline)".utf8)
    }
    guard case .success(let parsed) = JSONText.parse(bytes), case .object = parsed.root.value else {
      return .failure(WaiverFileError(message: "格式不对（\(shape)）"))
    }
    let editor = Splicer(bytes: bytes, newline: newline)
    let entry = entryText(waiver)
    guard let files = JSONText.member("files", of: parsed.root) else {
      return .success(
        editor.appending(
          "\"files\": {\n  " + JSONText.quoted(name) + ": [" + entry + "]\n}",
          to: parsed.root))
    }
    guard case .object = files.value.value else { return .failure(WaiverFileError(message: "files 应为对象（\(shape)）")) }
    guard let list = JSONText.member(name, of: files.value) else {
      return .success(
        editor.appending(
          JSONText.quoted(name) + ": [\n  " + entry + "\n]", to: files.value))
    }
    guard case .array(let entries) = list.value.value else {
      return .failure(WaiverFileError(message: "files 中 \(name) 的值应为数组（\(shape)）"))
    }
    for existing in entries {
      guard let known = Self.waiver(in: existing), known.code == waiver.code, known.text == waiver.text,
        known.before == waiver.before, known.after == waiver.after
      else { continue }
      if let reason = JSONText.member("reason", of: existing) {
        return .success(editor.replacing(reason.value.span, with: JSONText.quoted(waiver.reason)))
      }
      return .success(editor.appending("\"reason\": " + JSONText.quoted(waiver.reason), to: existing, inline: true))
    }
    return .success(editor.appending(entry, to: list.value))
  }

  /// Text edits that keep the rest of the text byte for byte.
  private struct Splicer {
    let bytes: [UInt8]
    let newline: String

    func replacing(_ span: Swift.Range<Int>, with replacement: String) -> String {
      String(decoding: bytes[..<span.lowerBound] + Array(replacement.utf8) + bytes[span.upperBound...], as: UTF8.self)
    }

    /// The indentation of the line holding `offset`.
    func indentation(at offset: Int) -> String {
      var start = offset
      while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
      var end = start
      while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `item` (a member or an element, possibly several lines indented by two spaces) added as the last
    /// item of `container`, laid out like the items already there. `inline` keeps it on the same line.
    func appending(_ item: String, to container: JSONText.Node, inline: Bool = false) -> String {
      let items: [Swift.Range<Int>]
      switch container.value {
      case .object(let members): items = members.map { $0.keySpan.lowerBound..<$0.value.span.upperBound }
      case .array(let elements): items = elements.map(\.span)
      default: return String(decoding: bytes, as: UTF8.self)
      }
      let closing = container.span.upperBound - 1
      if let last = items.last {
        let isMultiline = !inline && bytes[container.span.lowerBound..<items[0].lowerBound].contains(0x0A)
        guard isMultiline else { return replacing(last.upperBound..<last.upperBound, with: ", " + item) }
        let indent = indentation(at: last.lowerBound)
        return replacing(last.upperBound..<last.upperBound, with: "," + newline + indent + indented(item, by: indent))
      }
      let outer = indentation(at: container.span.lowerBound)
      let inner = outer + "  "
      return replacing(
        container.span.lowerBound + 1..<closing, with: newline + inner + indented(item, by: inner) + newline + outer)
    }

    /// Every line of `item` (lines end in `\n`) after the first indented by `indent` more, with the file's
    /// line ends.
    func indented(_ item: String, by indent: String) -> String {
      item.replacingOccurrences(of: "\n", with: newline + indent)
    }
  }
}

extension WaiverFile: Equatable {
  /// Two files are equal when they hold the same waivers, however they are written.
  static func == (lhs: WaiverFile, rhs: WaiverFile) -> Bool { lhs.files == rhs.files }
}

/// Why a waiver file could not be used.
struct WaiverFileError: Error, Equatable {
  var message: String
}
