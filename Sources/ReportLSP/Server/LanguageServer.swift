import Analysis
import Foundation

/// The language server's state and its message loop: one actor owns the documents, the settings and the
/// lifecycle, and handles one message at a time in arrival order.
///
/// Analysis runs off the actor (see AnalysisScheduler.swift); requests are answered from a complete
/// analysis of the version they were sent against, never from a mix of versions.
actor LanguageServer {
  enum Lifecycle: Equatable {
    case uninitialized
    case running
    case shutDown
    case exited
  }

  let sink: any MessageSink
  /// Builds the document model and runs the rules; tests substitute one they can hold back.
  let analyzer: Analyzer
  /// Called once with the exit code when `exit` arrives or the input ends.
  private let onExit: @Sendable (Int32) -> Void

  var lifecycle = Lifecycle.uninitialized
  /// The negotiated position encoding, as the engine's column unit.
  var encoding = ColumnUnit.utf16
  /// Whether the client accepts `documentChanges` in workspace edits.
  var supportsVersionedEdits = false
  /// Everything else the client said it can do (applyEdit, file creation, progress, file watching).
  var clientCapabilities = ClientCapabilities()
  /// The workspace folders, as absolute paths: what `reportLSP.lintWorkspace` walks.
  var workspaceFolders: [String] = []
  /// The waiver side files read so far.
  var waiverStore = WaiverStore()
  /// Waiver side files the client synchronises, by URI (never analysed as reports).
  var sideFiles: [String: OpenDocument] = [:]
  /// Waiver commands waiting for the one being recorded.
  var waiverJobs: [WaiverJob] = []
  var isRecordingWaiver = false
  /// Configuration files, the configuration of each report, and the gazetteers.
  var configurations = ConfigurationStore()
  /// Whether the client pulls diagnostics (`textDocument/diagnostic`) instead of receiving them.
  var usesPullDiagnostics = false
  var isRefreshScheduled = false
  /// What was repaired in the text of the notification being handled (see `BodyRepair`).
  var currentRepair = BodyRepair()
  /// The documents whose repaired text the user has been told about.
  var repairedDocuments: Set<String> = []
  /// Requests sent to the client whose response is awaited, by id.
  var pendingResponses: [JSONValue: (Result<JSONValue, ResponseError>) -> Void] = [:]
  /// The source of ids for requests and progress tokens the server creates.
  var lastOutgoingID = 0
  /// The settings from `initializationOptions`: the base a pushed configuration is read against.
  var initialSettings = Settings.default
  /// The editor's settings; each report's `.reportlsp.json` is read over them (`configuration(for:)`).
  var settings = Settings.default
  var documents: [String: OpenDocument] = [:]
  /// The source of document generations, shared by all documents so a generation is never reused.
  var lastGeneration = 0

  init(sink: any MessageSink, analyzer: Analyzer = .standard, onExit: @escaping @Sendable (Int32) -> Void) {
    self.sink = sink
    self.analyzer = analyzer
    self.onExit = onExit
  }

  /// Handles one message. Never throws and never traps: every failure becomes a response or a log line.
  func handle(_ message: IncomingMessage) {
    guard lifecycle != .exited else { return }
    switch message {
    case .invalid(let id, let error):
      sink.send(OutgoingMessage.error(id: id, error))
    case .response(let id, let body):
      pendingResponses.removeValue(forKey: id)?(ClientResponse.decode(body))
    case .request(let id, let method, let body):
      handleRequest(id: id, method: method, body: body)
    case .notification(let method, let body, let repair):
      currentRepair = repair
      handleNotification(method: method, body: body)
      currentRepair = BodyRepair()
    }
  }

  private func handleRequest(id: JSONValue, method: String, body: Data) {
    switch lifecycle {
    case .uninitialized where method != InitializeRequest.method:
      sink.send(OutgoingMessage.error(id: id, ResponseError(.serverNotInitialized, "服务器尚未初始化")))
      return
    case .shutDown:
      sink.send(OutgoingMessage.error(id: id, ResponseError(.invalidRequest, "服务器已关闭（已收到 shutdown）")))
      return
    default:
      break
    }
    guard let handler = Self.handlers.requests[method] else {
      sink.send(OutgoingMessage.error(id: id, ResponseError(.methodNotFound, "未实现的方法 \(method)")))
      return
    }
    handler(self, id, body, sink)
  }

  private func handleNotification(method: String, body: Data) {
    if method != ExitNotification.method, lifecycle != .running {
      return  // Before initialize and after shutdown only `exit` counts.
    }
    guard let handler = Self.handlers.notifications[method] else {
      if !method.hasPrefix("$/") { Log.write("忽略未实现的通知 \(method)") }
      return
    }
    handler(self, body)
  }

  /// The input ended: finish as `exit` would.
  func inputClosed() {
    guard lifecycle != .exited else { return }
    exit()
  }

  /// Stops everything and reports the exit code: 0 when `shutdown` came first, 1 otherwise.
  func exit() {
    let code: Int32 = lifecycle == .shutDown ? 0 : 1
    lifecycle = .exited
    for uri in documents.keys { documents[uri]?.debounce?.cancel() }
    documents = [:]
    onExit(code)
  }

  // MARK: - Sending

  func send<N: NotificationType>(_ notification: N) {
    if let body = OutgoingMessage.notification(notification) { sink.send(body) }
  }

  func showMessage(_ type: MessageType, _ message: String) {
    send(ShowMessageNotification(type: type, message: message))
  }

  /// A fresh id, for a request to the client or a progress token.
  func makeOutgoingID(_ prefix: String) -> JSONValue {
    lastOutgoingID += 1
    return .string("\(prefix)-\(lastOutgoingID)")
  }

  /// Sends a request to the client; `handle` runs on the server when the response arrives (never, if the
  /// client does not answer).
  func sendRequest<R: ServerRequestType>(
    _ request: R, then handle: @escaping (Result<R.Response, ResponseError>) -> Void
  ) {
    let id = makeOutgoingID("report-lsp")
    guard let body = OutgoingMessage.request(id: id, request) else {
      handle(.failure(ResponseError(.internalError, "无法编码请求 \(R.method)")))
      return
    }
    pendingResponses[id] = { response in
      handle(
        response.flatMap { value in
          guard let decoded = try? value.decode(R.Response.self) else {
            return .failure(ResponseError(.invalidParams, "客户端对 \(R.method) 的响应格式不对"))
          }
          return .success(decoded)
        })
    }
    sink.send(body)
  }

  // MARK: - Test support

  /// The current text of an open document.
  func text(of uri: String) -> String? { documents[uri]?.text }
}
