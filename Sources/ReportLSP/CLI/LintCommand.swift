import Analysis
import Foundation

/// `report-lsp lint`: checks files and prints the findings.
enum LintCommand {
  enum Format: String {
    case text
    case json
  }

  struct Options {
    var format = Format.text
    var gazetteerPath: String?
    var files: [String] = []
  }

  struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  static func parse(_ arguments: [String]) -> Result<Options, UsageError> {
    var options = Options()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      func value() -> String? {
        index += 1
        return index < arguments.count ? arguments[index] : nil
      }
      switch argument {
      case "--format":
        guard let raw = value(), let format = Format(rawValue: raw) else {
          return .failure(UsageError("--format 需要 text 或 json"))
        }
        options.format = format
      case "--gazetteer":
        guard let path = value() else { return .failure(UsageError("--gazetteer 需要一个 CSV 文件路径")) }
        options.gazetteerPath = path
      case "--":
        options.files.append(contentsOf: arguments[(index + 1)...])
        index = arguments.count
      default:
        if argument.hasPrefix("--") { return .failure(UsageError("未知的选项 \(argument)")) }
        options.files.append(argument)
      }
      index += 1
    }
    if options.files.isEmpty { return .failure(UsageError("没有指定要检查的文件")) }
    return .success(options)
  }

  /// One file's outcome.
  struct FileResult {
    var path: String
    var document: Document?
    var diagnostics: [Analysis.Diagnostic]
    var error: String?
  }

  static func run(arguments: [String]) -> Int32 {
    let options: Options
    switch parse(arguments) {
    case .success(let parsed): options = parsed
    case .failure(let error):
      printError("report-lsp lint: \(error.message)\n\n\(CommandLine.usage)")
      return 2
    }
    var gazetteer: Gazetteer?
    if let path = options.gazetteerPath {
      switch GazetteerLoader.load(path: path) {
      case .success(let loaded): gazetteer = loaded
      case .failure(let error):
        printError("report-lsp lint: \(error)")
        return 2
      }
    }
    let linter = Linter(configuration: .default, gazetteer: gazetteer)
    let results = options.files.map { lint(path: $0, linter: linter) }
    switch options.format {
    case .text: print(TextFormatter.format(results), terminator: "")
    case .json: print(JSONFormatter.format(results))
    }
    for result in results where result.error != nil { printError("report-lsp lint: \(result.error!)") }
    if results.contains(where: { $0.error != nil }) { return 2 }
    return results.contains(where: { !$0.diagnostics.isEmpty }) ? 1 : 0
  }

  static func lint(path: String, linter: Linter) -> FileResult {
    guard let data = FileManager.default.contents(atPath: path) else {
      return FileResult(path: path, document: nil, diagnostics: [], error: "无法读取文件 \(path)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return FileResult(
        path: path, document: nil, diagnostics: [],
        error: "\(path) 不是 UTF-8 编码（可能是 GBK）；请先转换，例如：iconv -f GBK -t UTF-8 \"\(path)\" > out.txt")
    }
    let document = Document(text: text)
    return FileResult(path: path, document: document, diagnostics: linter.diagnostics(for: document), error: nil)
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// `file:///abs/path` for a path.
  static func fileURI(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.absoluteString }
}

/// `path:line:column: severity: message [code]`, 1-based line and UTF-16 column.
enum TextFormatter {
  static func format(_ results: [LintCommand.FileResult]) -> String {
    var output = ""
    for result in results {
      guard let document = result.document else { continue }
      for diagnostic in result.diagnostics {
        let position = document.lineIndex.lineColumn(of: diagnostic.range.start, in: .utf16)
        output += "\(result.path):\(position.line + 1):\(position.column + 1): \(diagnostic.severity.name): "
        output += "\(diagnostic.message) [\(diagnostic.code)]\n"
      }
    }
    return output
  }
}

/// A JSON array with one element per input file: `{"uri", "diagnostics"}` holding LSP Diagnostics.
enum JSONFormatter {
  struct FileEntry: Encodable {
    var uri: String
    var diagnostics: [LSPDiagnostic]
    var error: String?
  }

  static func format(_ results: [LintCommand.FileResult]) -> String {
    let entries = results.map { result in
      let uri = LintCommand.fileURI(result.path)
      let diagnostics = result.document.map { document in
        result.diagnostics.map { Conversion.diagnostic($0, in: document, uri: uri, encoding: .utf16) }
      }
      return FileEntry(uri: uri, diagnostics: diagnostics ?? [], error: result.error)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? String(data: encoder.encode(entries), encoding: .utf8) ?? "[]") ?? "[]"
  }
}
