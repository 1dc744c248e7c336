/// textDocument/hover: the engine's explanation of the findings, figures and names under the cursor, read from
/// the analysis's claims and findings (nothing is recomputed).
extension LanguageServer {
  func hover(_ request: HoverRequest, reply: Reply<Hover?>) {
    let uri = request.textDocument.uri
    withCurrentSnapshot(uri, reply: reply, empty: nil) { [encoding] snapshot in
      let offset = Conversion.offset(request.position, in: snapshot.document, encoding: encoding)
      let content = snapshot.configuration.linter.hover(
        at: offset, in: snapshot.document, diagnostics: snapshot.diagnostics,
        claims: self.claims(of: snapshot, uri: uri))
      reply(content.map { Conversion.hover($0, in: snapshot.document, encoding: encoding) })
    }
  }
}
