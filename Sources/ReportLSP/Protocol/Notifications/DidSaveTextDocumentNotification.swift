/// `textDocument/didSave`: the text is already synchronised; the server re-checks the waiver side file.
struct DidSaveTextDocumentNotification: NotificationType {
  static let method = "textDocument/didSave"
  var textDocument: TextDocumentIdentifier
  var text: String?
}
