/// `textDocument/codeAction`: quick fixes for the findings in a range, and "fix all".
struct CodeActionRequest: RequestType {
  static let method = "textDocument/codeAction"
  typealias Response = [CodeAction]

  struct Context: Codable, Hashable, Sendable {
    var diagnostics: [LSPDiagnostic]?
    /// Kinds the client wants; nil means all.
    var only: [String]?
  }

  var textDocument: TextDocumentIdentifier
  var range: Range
  var context: Context
}

struct CodeAction: Codable, Hashable, Sendable {
  static let quickFix = "quickfix"
  static let sourceFixAll = "source.fixAll"

  var title: String
  var kind: String
  var diagnostics: [LSPDiagnostic]?
  var isPreferred: Bool?
  /// What the action changes; nil for an action that runs `command` instead ("忽略此处…").
  var edit: WorkspaceEdit?
  var command: Command?
}
