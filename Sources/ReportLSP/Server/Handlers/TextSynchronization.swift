/// didOpen, didChange and didClose.
extension LanguageServer {
  func didOpen(_ notification: DidOpenTextDocumentNotification) {
    let item = notification.textDocument
    if let previous = documents[item.uri] {
      previous.debounce?.cancel()
      failWaitingRequests(item.uri, ResponseError(.contentModified, "文档已重新打开"))
    }
    documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text, generation: 0)
    documentChanged(item.uri)
  }

  func didChange(_ notification: DidChangeTextDocumentNotification) {
    let identifier = notification.textDocument
    guard var document = documents[identifier.uri] else {
      Log.write("didChange: 文档未打开，已忽略：\(identifier.uri)")
      return
    }
    guard identifier.version > document.version else {
      // Versions only grow; applying edits meant for another text would corrupt this one.
      Log.write("didChange: 版本 \(identifier.version) 不新于 \(document.version)，已忽略：\(identifier.uri)")
      return
    }
    failWaitingRequests(identifier.uri, ResponseError(.contentModified, "文档已修改"))
    document.apply(notification.contentChanges, version: identifier.version, encoding: encoding)
    documents[identifier.uri] = document
    documentChanged(identifier.uri)
  }

  func didClose(_ notification: DidCloseTextDocumentNotification) {
    let uri = notification.textDocument.uri
    guard let document = documents[uri] else { return }
    document.debounce?.cancel()
    failWaitingRequests(uri, ResponseError(.contentModified, "文档已关闭"))
    documents[uri] = nil
    send(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: []))
  }
}
