/// textDocument/inlayHint: the recomputed value after each stated ratio, total and difference in the range,
/// when the `inlayHints` setting is on (otherwise none, without waiting for an analysis).
extension LanguageServer {
  func inlayHints(_ request: InlayHintRequest, reply: Reply<[LSPInlayHint]>) {
    let uri = request.textDocument.uri
    guard documents[uri] != nil, configuration(for: uri).settings.inlayHints else {
      reply([])
      return
    }
    withCurrentSnapshot(uri, reply: reply, empty: []) { [encoding] snapshot in
      let document = snapshot.document
      let range = Conversion.textRange(request.range, in: document, encoding: encoding)
      let hints = snapshot.configuration.linter.inlayHints(
        in: document, range: range, claims: self.claims(of: snapshot, uri: uri))
      reply(hints.map { Conversion.inlayHint($0, in: document, encoding: encoding) })
    }
  }
}
