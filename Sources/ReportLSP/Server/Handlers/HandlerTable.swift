/// The one table of the messages the server handles. A message not listed here is answered with
/// −32601 (requests) or ignored (notifications).
extension LanguageServer {
  static let handlers: HandlerRegistry<LanguageServer> = {
    var registry = HandlerRegistry<LanguageServer>()
    registry.register(InitializeRequest.self) { server, request, reply in server.initialize(request, reply: reply) }
    registry.register(InitializedNotification.self) { server, _ in server.initialized() }
    registry.register(ShutdownRequest.self) { server, _, reply in server.shutdown(reply: reply) }
    registry.register(ExitNotification.self) { server, _ in server.exit() }
    registry.register(CancelRequestNotification.self) { server, notification in server.cancel(notification.id) }
    registry.register(DidOpenTextDocumentNotification.self) { server, notification in server.didOpen(notification) }
    registry.register(DidChangeTextDocumentNotification.self) { server, notification in
      server.didChange(notification)
    }
    registry.register(DidSaveTextDocumentNotification.self) { server, notification in server.didSave(notification) }
    registry.register(DidCloseTextDocumentNotification.self) { server, notification in server.didClose(notification) }
    registry.register(DidChangeConfigurationNotification.self) { server, notification in
      server.didChangeConfiguration(notification)
    }
    registry.register(HoverRequest.self) { server, request, reply in server.hover(request, reply: reply) }
    registry.register(CodeActionRequest.self) { server, request, reply in server.codeActions(request, reply: reply) }
    registry.register(DocumentSymbolRequest.self) { server, request, reply in
      server.documentSymbols(request, reply: reply)
    }
    registry.register(FoldingRangeRequest.self) { server, request, reply in
      server.foldingRanges(request, reply: reply)
    }
    registry.register(DidChangeWatchedFilesNotification.self) { server, notification in
      server.didChangeWatchedFiles(notification)
    }
    registry.register(InlayHintRequest.self) { server, request, reply in server.inlayHints(request, reply: reply) }
    registry.register(CompletionRequest.self) { server, request, reply in server.completions(request, reply: reply) }
    registry.register(CodeLensRequest.self) { server, request, reply in server.codeLenses(request, reply: reply) }
    registry.register(DocumentDiagnosticRequest.self) { server, request, reply in
      server.pullDiagnostics(request, reply: reply)
    }
    registry.register(ExecuteCommandRequest.self) { server, request, reply in
      server.executeCommand(request, reply: reply)
    }
    return registry
  }()
}
