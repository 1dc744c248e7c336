/// textDocument/completion: indicator and term names that start with the Chinese characters just typed, and
/// standard section titles right after a numbering marker.
extension LanguageServer {
  /// The characters that end a numbering marker (一、 （一） 1.), after which section titles are offered.
  static let completionTriggers = ["、", "）", ")", ".", "．"]

  func completions(_ request: CompletionRequest, reply: Reply<CompletionList>) {
    let empty = CompletionList(isIncomplete: false, items: [])
    withCurrentSnapshot(request.textDocument.uri, reply: reply, empty: empty) { [encoding] snapshot in
      let document = snapshot.document
      let offset = Conversion.offset(request.position, in: document, encoding: encoding)
      let items = snapshot.configuration.linter.completions(at: offset, in: document).map {
        Conversion.completionItem($0, in: document, encoding: encoding)
      }
      reply(CompletionList(isIncomplete: true, items: items))
    }
  }
}
