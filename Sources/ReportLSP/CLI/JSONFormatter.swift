import Analysis
import Foundation

/// A JSON array with one element per report, in input order: `{"uri", "diagnostics": [LSP Diagnostic]}`,
/// plus `"error"` for a report that could not be read. Positions are LSP's: zero-based, UTF-16 columns.
/// In a Word document they count in the text `report-lsp convert` prints, and each diagnostic also has
/// `"location"` ("第12段", "表1第2行第3列") and `"quote"` (the text around the finding).
enum JSONFormatter {
  struct FileEntry: Encodable {
    var uri: String
    var diagnostics: [Diagnostic]
    var error: String?
  }

  /// An LSP diagnostic, with its place in a Word document.
  struct Diagnostic: Encodable {
    var lsp: LSPDiagnostic
    var location: String?
    var quote: String?

    enum PlaceKeys: String, CodingKey {
      case location, quote
    }

    func encode(to encoder: any Encoder) throws {
      try lsp.encode(to: encoder)
      var container = encoder.container(keyedBy: PlaceKeys.self)
      try container.encodeIfPresent(location, forKey: .location)
      try container.encodeIfPresent(quote, forKey: .quote)
    }
  }

  static func format(_ report: LintCommand.Report) -> String {
    let entries = report.results.map { result in
      let diagnostics = result.document.map { document in
        result.diagnostics.map { diagnostic in
          let place = result.word?.place(of: diagnostic.range, in: document)
          return Diagnostic(
            lsp: Conversion.diagnostic(
              diagnostic, in: document, uri: result.uri, encoding: .utf16, ruleDocsURL: result.ruleDocsURL),
            location: place?.location, quote: place?.quote)
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
