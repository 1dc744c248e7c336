/// `textDocument/codeLens`: the reviewer's checklist summary at the top of the report.
struct CodeLensRequest: RequestType {
  static let method = "textDocument/codeLens"
  typealias Response = [CodeLens]

  var textDocument: TextDocumentIdentifier
}

/// A lens: a command shown above `range`.
struct CodeLens: Codable, Hashable, Sendable {
  var range: Range
  var command: Command
}
