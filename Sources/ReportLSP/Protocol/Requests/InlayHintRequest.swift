/// `textDocument/inlayHint` (LSP 3.17): the recomputed value after each stated figure in a range.
struct InlayHintRequest: RequestType {
  static let method = "textDocument/inlayHint"
  typealias Response = [LSPInlayHint]

  var textDocument: TextDocumentIdentifier
  var range: Range
}

/// LSP's InlayHint, with the label as a plain string.
struct LSPInlayHint: Codable, Hashable, Sendable {
  /// LSP's InlayHintKind.Type: a value the editor shows that is not in the text, as an inferred type is.
  static let typeKind = 1

  var position: Position
  var label: String
  var kind: Int?
  var tooltip: String?
  /// A space between the stated figure and the hint.
  var paddingLeft: Bool?
}
