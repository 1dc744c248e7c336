/// `textDocument/documentSymbol`: the outline of the report, from its numbered headings.
struct DocumentSymbolRequest: RequestType {
  static let method = "textDocument/documentSymbol"
  typealias Response = [DocumentSymbol]

  var textDocument: TextDocumentIdentifier
}

struct DocumentSymbol: Codable, Hashable, Sendable {
  /// SymbolKind.String: a report section is text, not code.
  static let sectionKind = 15

  var name: String
  var detail: String?
  var kind: Int
  var range: Range
  var selectionRange: Range
  var children: [DocumentSymbol]
}
