/// `textDocument/completion`: indicator and term names, and standard section titles after a numbering marker.
struct CompletionRequest: RequestType {
  static let method = "textDocument/completion"
  typealias Response = CompletionList

  var textDocument: TextDocumentIdentifier
  var position: Position
}

/// The completions at a position. Always incomplete: what is offered depends on how much has been typed,
/// so the client asks again as the user types instead of filtering a stale list.
struct CompletionList: Codable, Hashable, Sendable {
  var isIncomplete: Bool
  var items: [LSPCompletionItem]
}

/// LSP's CompletionItem: the label is inserted through `textEdit`, replacing what was typed.
struct LSPCompletionItem: Codable, Hashable, Sendable {
  /// LSP's CompletionItemKind values the server uses.
  enum Kind {
    static let module = 9
    static let keyword = 14
    static let variable = 6
  }

  var label: String
  var kind: Int
  var detail: String
  var documentation: MarkupContent?
  var textEdit: TextEditJSON
}
