import Foundation

/// didOpen, didChange and didClose. A waiver side file the client synchronises is kept apart (see
/// Waivers.swift); text the client sent with lone surrogates or invalid UTF-8 arrives repaired (BodyRepair)
/// and the user is told once per document.
extension LanguageServer {
  func didOpen(_ notification: DidOpenTextDocumentNotification) {
    var item = notification.textDocument
    if currentRepair.invalidBytes > 0 { item.text = BodyRepair.restore(item.text, for: encoding) }
    if let sidePath = Self.sideFilePath(item.uri) {
      openSideFile(sidePath, item)
      return
    }
    noteRepairedText(item.uri)
    if let previous = documents[item.uri] {
      previous.debounce?.cancel()
      failWaitingRequests(item.uri, ResponseError(.contentModified, "文档已重新打开"))
    }
    documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text, generation: 0)
    documentChanged(item.uri)
  }

  func didChange(_ notification: DidChangeTextDocumentNotification) {
    let identifier = notification.textDocument
    if let sidePath = Self.sideFilePath(identifier.uri), sideFiles[identifier.uri] != nil {
      changeSideFile(sidePath, notification)
      return
    }
    guard var document = documents[identifier.uri] else {
      Log.write("didChange: 文档未打开，已忽略：\(identifier.uri)")
      return
    }
    guard identifier.version > document.version else {
      // Versions only grow; applying edits meant for another text would corrupt this one.
      Log.write("didChange: 版本 \(identifier.version) 不新于 \(document.version)，已忽略：\(identifier.uri)")
      return
    }
    noteRepairedText(identifier.uri)
    failWaitingRequests(identifier.uri, ResponseError(.contentModified, "文档已修改"))
    var changes = notification.contentChanges
    if currentRepair.invalidBytes > 0 {
      for index in changes.indices { changes[index].text = BodyRepair.restore(changes[index].text, for: encoding) }
    }
    document.apply(changes, version: identifier.version, encoding: encoding)
    documents[identifier.uri] = document
    documentChanged(identifier.uri)
  }

  func didClose(_ notification: DidCloseTextDocumentNotification) {
    let uri = notification.textDocument.uri
    if let sidePath = Self.sideFilePath(uri), sideFiles[uri] != nil {
      closeSideFile(sidePath, uri: uri)
      return
    }
    guard let document = documents[uri] else { return }
    document.debounce?.cancel()
    failWaitingRequests(uri, ResponseError(.contentModified, "文档已关闭"))
    documents[uri] = nil
    repairedDocuments.remove(uri)
    // A pull client forgets a closed document's findings itself.
    if !usesPullDiagnostics { send(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: [])) }
  }

  /// Tells the user, once per document, that its text held characters that cannot be decoded and now
  /// holds U+FFFD in their place.
  private func noteRepairedText(_ uri: String) {
    guard !currentRepair.isEmpty, !repairedDocuments.contains(uri) else { return }
    repairedDocuments.insert(uri)
    let name = Self.filePath(uri).map { ($0 as NSString).lastPathComponent } ?? uri
    showMessage(
      .warning,
      "\(name) 含有无法解码的字符（\(currentRepair.summary)），已用替换字符（U+FFFD）代替，位置与编辑器的计数一致；"
        + "请检查该处文字，或以 UTF-8 重新保存文件")
  }
}
