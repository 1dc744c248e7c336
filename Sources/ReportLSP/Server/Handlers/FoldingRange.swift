/// textDocument/foldingRange: one fold per heading section.
extension LanguageServer {
  func foldingRanges(_ request: FoldingRangeRequest, reply: Reply<[FoldingRange]>) {
    withCurrentSnapshot(request.textDocument.uri, reply: reply, empty: []) { snapshot in
      reply(Conversion.foldingRanges(snapshot.document.outline, in: snapshot.document))
    }
  }
}
