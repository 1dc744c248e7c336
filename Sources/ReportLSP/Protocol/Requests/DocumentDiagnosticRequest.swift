/// `textDocument/diagnostic` (LSP 3.17): the client pulls a document's findings.
struct DocumentDiagnosticRequest: RequestType {
  static let method = "textDocument/diagnostic"
  typealias Response = DocumentDiagnosticReport

  var textDocument: TextDocumentIdentifier
  var identifier: String?
  /// The `resultId` of the previous report for this document, if the client kept one.
  var previousResultId: String?
}

/// A full report, or `unchanged` when the findings are those of the report with `previousResultId`.
struct DocumentDiagnosticReport: Codable, Hashable, Sendable {
  /// `full` or `unchanged`.
  var kind: String
  var resultId: String?
  /// The findings; absent from an `unchanged` report.
  var items: [LSPDiagnostic]?

  static func full(resultId: String?, _ items: [LSPDiagnostic]) -> Self {
    DocumentDiagnosticReport(kind: "full", resultId: resultId, items: items)
  }

  static func unchanged(resultId: String) -> Self {
    DocumentDiagnosticReport(kind: "unchanged", resultId: resultId, items: nil)
  }
}
