/// `textDocument/didChange`: full or incremental edits, in order, producing `textDocument.version`.
struct DidChangeTextDocumentNotification: NotificationType {
  static let method = "textDocument/didChange"
  var textDocument: VersionedTextDocumentIdentifier
  var contentChanges: [TextDocumentContentChangeEvent]
}
