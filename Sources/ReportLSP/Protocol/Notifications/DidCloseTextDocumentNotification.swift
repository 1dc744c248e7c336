/// `textDocument/didClose`: forget the document and clear its diagnostics.
struct DidCloseTextDocumentNotification: NotificationType {
  static let method = "textDocument/didClose"
  var textDocument: TextDocumentIdentifier
}
