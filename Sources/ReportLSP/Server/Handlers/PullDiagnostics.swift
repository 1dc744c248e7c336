/// textDocument/diagnostic (LSP 3.17 pull diagnostics), for clients that pull and accept
/// `workspace/diagnostic/refresh`; others get `publishDiagnostics`.
///
/// The report is for the version current when the request arrived; an edit before it is ready cancels it
/// with ServerCancelled and `retriggerRequest: true`, so the client pulls again for the new text. Each
/// report gets a `resultId`; a pull that names the last one gets `unchanged` when the findings, positions
/// included, are the same.
extension LanguageServer {
  func pullDiagnostics(_ request: DocumentDiagnosticRequest, reply: Reply<DocumentDiagnosticReport>) {
    let uri = request.textDocument.uri
    // An unknown document (or a waiver file the client synchronises) has no findings.
    var retrigger = reply
    retrigger.mapError = { error in
      error.code == ErrorCode.contentModified.rawValue
        ? ResponseError(.serverCancelled, error.message, data: .object(["retriggerRequest": .bool(true)])) : error
    }
    withCurrentSnapshot(uri, reply: retrigger, empty: .full(resultId: nil, [])) { [encoding] snapshot in
      let items = snapshot.diagnostics.map {
        Conversion.diagnostic(
          $0, in: snapshot.document, uri: uri, encoding: encoding, ruleDocsURL: snapshot.configuration.settings.ruleDocsURL)
      }
      if let last = self.documents[uri]?.lastPulled, last.items == items, request.previousResultId == last.resultId {
        retrigger(.unchanged(resultId: last.resultId))
        return
      }
      let resultId = String(self.makeGeneration())
      self.documents[uri]?.lastPulled = (resultId, items)
      retrigger(.full(resultId: resultId, items))
    }
  }
}
