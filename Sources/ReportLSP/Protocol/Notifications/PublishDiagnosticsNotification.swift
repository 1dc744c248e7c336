/// `textDocument/publishDiagnostics` (server → client): all findings of one document version.
struct PublishDiagnosticsNotification: NotificationType {
  static let method = "textDocument/publishDiagnostics"
  var uri: String
  var version: Int?
  var diagnostics: [LSPDiagnostic]
}
