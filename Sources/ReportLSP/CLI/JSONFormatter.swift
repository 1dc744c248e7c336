import Analysis
import Foundation

/// A JSON array with one element per report, in input order: `{"uri", "diagnostics": [LSP Diagnostic]}`,
/// plus `"error"` for a report that could not be read. Positions are LSP's: zero-based, UTF-16 columns.
enum JSONFormatter {
  struct FileEntry: Encodable {
    var uri: String
    var diagnostics: [LSPDiagnostic]
    var error: String?
  }

  static func format(_ report: LintCommand.Report) -> String {
    let entries = report.results.map { result in
      let diagnostics = result.document.map { document in
        result.diagnostics.map {
          Conversion.diagnostic($0, in: document, uri: result.uri, encoding: .utf16, ruleDocsURL: result.ruleDocsURL)
        }
      }
      return FileEntry(uri: result.uri, diagnostics: diagnostics ?? [], error: result.error)
    }
    return encode(entries)
  }

  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
