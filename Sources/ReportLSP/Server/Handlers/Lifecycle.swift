import Foundation

/// initialize, shutdown and $/cancelRequest.
extension LanguageServer {
  func initialize(_ request: InitializeRequest, reply: Reply<InitializeResult>) {
    guard lifecycle == .uninitialized else {
      reply.fail(ResponseError(.invalidRequest, "initialize 只能发送一次"))
      return
    }
    let negotiated = Conversion.negotiatedEncoding(offered: request.capabilities.general?.positionEncodings)
    encoding = Conversion.columnUnit(negotiated)
    supportsVersionedEdits = request.capabilities.workspace?.workspaceEdit?.documentChanges ?? false
    clientCapabilities = request.capabilities
    workspaceFolders = Self.folders(of: request)
    // Findings change without an edit (waivers, configuration files, a gazetteer loaded in the background),
    // so pulling is used only with a client that can be asked to pull again.
    usesPullDiagnostics =
      request.capabilities.textDocument?.diagnostic != nil
      && request.capabilities.workspace?.diagnostics?.refreshSupport == true
    lifecycle = .running
    reply(
      InitializeResult(
        capabilities: ServerCapabilities(
          positionEncoding: negotiated,
          textDocumentSync: .init(openClose: true, change: 2, save: .init(includeText: false)),
          hoverProvider: true,
          codeActionProvider: .init(
            codeActionKinds: [CodeAction.quickFix, CodeAction.sourceFixAll], resolveProvider: false),
          documentSymbolProvider: true,
          foldingRangeProvider: true,
          inlayHintProvider: true,
          completionProvider: .init(triggerCharacters: Self.completionTriggers, resolveProvider: false),
          codeLensProvider: .init(resolveProvider: false),
          executeCommandProvider: .init(commands: ServerCommand.all),
          diagnosticProvider: usesPullDiagnostics
            ? .init(identifier: "report-lsp", interFileDependencies: false, workspaceDiagnostics: false) : nil),
        serverInfo: .init(name: "report-lsp", version: reportLSPVersion)))
    // After the result, so any warning about the settings reaches an initialised client.
    applySettings(request.initializationOptions, isInitial: true)
  }

  func shutdown(reply: Reply<NullResponse>) {
    lifecycle = .shutDown
    for job in waiverJobs { job.reply.fail(ResponseError(.invalidRequest, "服务器已关闭")) }
    waiverJobs = []
    for uri in documents.keys {
      documents[uri]?.debounce?.cancel()
      failWaitingRequests(uri, ResponseError(.invalidRequest, "服务器已关闭"))
    }
    reply(NullResponse())
  }

  /// Answers a waiting request with RequestCancelled; a request already answered is left alone.
  func cancel(_ id: JSONValue) {
    for (uri, document) in documents {
      guard let index = document.waiting.firstIndex(where: { $0.id == id }) else { continue }
      let request = document.waiting[index]
      documents[uri]?.waiting.remove(at: index)
      request.fail(ResponseError(.requestCancelled, "请求已取消"))
      return
    }
  }
}
