/// textDocument/documentSymbol: the heading tree, each symbol spanning its section.
extension LanguageServer {
  func documentSymbols(_ request: DocumentSymbolRequest, reply: Reply<[DocumentSymbol]>) {
    withCurrentSnapshot(request.textDocument.uri, reply: reply, empty: []) { [encoding] snapshot in
      reply(Conversion.documentSymbols(snapshot.document.outline, in: snapshot.document, encoding: encoding))
    }
  }
}
