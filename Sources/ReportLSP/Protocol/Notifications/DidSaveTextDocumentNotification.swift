/// `textDocument/didSave`: nothing to do (the text is already synchronised), accepted for completeness.
struct DidSaveTextDocumentNotification: NotificationType {
  static let method = "textDocument/didSave"
  var textDocument: TextDocumentIdentifier
  var text: String?
}
