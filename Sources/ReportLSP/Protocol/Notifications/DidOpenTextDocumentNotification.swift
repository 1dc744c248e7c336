/// `textDocument/didOpen`: the client now owns the document's text.
struct DidOpenTextDocumentNotification: NotificationType {
  static let method = "textDocument/didOpen"
  var textDocument: TextDocumentItem
}
