import Analysis
import Foundation
import Testing

@testable import ReportLSP

/// A mock editor (sourcekit-lsp's TestSourceKitLSPClient): it talks to a real server in-process through
/// the same framing code the stdio transport uses, in both directions.
final class TestClient: Sendable {
  /// Fails a wait after this long, so a broken server fails a test instead of hanging it. Generous: the
  /// engine's fuzz suites run alongside and can hold both cooperative threads of a 2-core machine for
  /// seconds, during which no test task wakes up.
  static let timeout: Duration = .seconds(60)

  let connection: ServerConnection
  private let inbox: Inbox
  private let exitCodes: Locked<[Int32]>
  private let input = Locked(MessageParser())
  private let lastID = Locked(0)

  /// Analyses run only while the gate is open.
  let gate = Gate()

  /// `analyzer` replaces the engine's analysis (it runs behind the gate too).
  init(analyzer custom: Analyzer = .standard) {
    let inbox = Inbox()
    let exitCodes = Locked<[Int32]>([])
    let gate = gate
    self.inbox = inbox
    self.exitCodes = exitCodes
    let analyzer = Analyzer { text, linter in
      await gate.wait()
      return await custom.analyze(text, linter)
    }
    self.connection = ServerConnection(sink: inbox, analyzer: analyzer) { code in
      exitCodes.withLock { $0.append(code) }
    }
  }

  /// A client that has completed `initialize`/`initialized`.
  /// `capabilities` replaces the default ones (encodings and `documentChanges` only); `rootURI` is sent as
  /// the one workspace folder.
  static func initialized(
    encoding: [String]? = nil, options: JSONValue? = ["debounceMs": 0], versionedEdits: Bool = true,
    capabilities custom: JSONValue? = nil, rootURI: String? = nil,
    analyzer: Analyzer = .standard
  ) async throws -> TestClient {
    let client = TestClient(analyzer: analyzer)
    var general: [String: JSONValue] = [:]
    if let encoding { general["positionEncodings"] = .array(encoding.map { .string($0) }) }
    let capabilities: JSONValue =
      custom ?? [
        "general": .object(general), "workspace": ["workspaceEdit": ["documentChanges": .bool(versionedEdits)]],
      ]
    var params: [String: JSONValue] = ["processId": .null, "capabilities": capabilities]
    if let options { params["initializationOptions"] = options }
    if let rootURI { params["workspaceFolders"] = [["uri": .string(rootURI), "name": "root"]] }
    let response = try await client.request("initialize", .object(params))
    #expect(response["result"] != nil)
    client.notify("initialized", [:])
    return client
  }

  // MARK: - Sending

  /// Bytes as they would arrive on stdin.
  func sendRaw(_ bytes: Data) {
    let framed = input.withLock { $0.append(bytes) }
    for item in framed { connection.receive(item) }
  }

  func sendRaw(_ text: String) { sendRaw(Data(text.utf8)) }

  /// One framed message with any JSON body.
  func send(_ json: JSONValue) {
    sendRaw(MessageFraming.frame(try! JSONEncoder().encode(json)))
  }

  func makeID() -> Int {
    lastID.withLock {
      $0 += 1; return $0
    }
  }

  /// Sends a request and returns the whole response message.
  @discardableResult
  func request(_ method: String, _ params: JSONValue? = nil) async throws -> JSONValue {
    let id = JSONValue.number(Double(makeID()))
    sendRequest(id: id, method, params)
    return try await response(id: id)
  }

  func sendRequest(id: JSONValue, _ method: String, _ params: JSONValue? = nil) {
    var message: [String: JSONValue] = ["jsonrpc": "2.0", "id": id, "method": .string(method)]
    if let params { message["params"] = params }
    send(.object(message))
  }

  func notify(_ method: String, _ params: JSONValue? = nil) {
    var message: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
    if let params { message["params"] = params }
    send(.object(message))
  }

  /// Answers a request the server sent.
  func respond(to request: JSONValue, result: JSONValue) {
    send(["jsonrpc": "2.0", "id": request["id"] ?? .null, "result": result])
  }

  /// The next request the server sent with `method`, consumed.
  func serverRequest(_ method: String) async throws -> JSONValue {
    try await next("server request \(method)") { $0["method"]?.stringValue == method && $0["id"] != nil }
  }

  /// Ends the input, as an editor closing the pipe does.
  func closeInput() { connection.close() }

  // MARK: - Receiving

  func response(id: JSONValue) async throws -> JSONValue {
    try await next("response to \(id)") { $0["method"] == nil && $0["id"] == id }
  }

  /// The next notification with `method`, consumed.
  func notification(_ method: String, where predicate: @escaping @Sendable (JSONValue) -> Bool = { _ in true })
    async throws -> JSONValue
  {
    try await next(method) { $0["method"]?.stringValue == method && predicate($0) }
  }

  /// The next publishDiagnostics for `uri` (and `version`, when given): its params.
  func diagnostics(_ uri: String, version: Int? = nil) async throws -> JSONValue {
    let message = try await notification("textDocument/publishDiagnostics") {
      $0["params"]?["uri"]?.stringValue == uri && (version == nil || $0["params"]?["version"]?.intValue == version)
    }
    return message["params"]!
  }

  /// Waits for the first message matching `predicate` and removes it from the inbox.
  func next(_ what: String, _ predicate: @escaping @Sendable (JSONValue) -> Bool) async throws -> JSONValue {
    let clock = ContinuousClock()
    let deadline = clock.now + Self.timeout
    // Looks once more after the deadline: a task that slept past it may find the message waiting.
    while true {
      if let message = inbox.take(where: predicate) { return message }
      if clock.now >= deadline { break }
      try await Task.sleep(for: .milliseconds(1))
    }
    throw TestClientError.timedOut(what, received: inbox.all)
  }

  /// Every message received and not consumed yet.
  var received: [JSONValue] { inbox.all }

  /// Waits until the server has handled everything sent so far, by a round trip of an unknown request.
  func settle() async throws {
    let id = JSONValue.string("settle-\(makeID())")
    sendRequest(id: id, "$/reportLSP/settle")
    _ = try await response(id: id)
  }

  /// The exit codes reported so far (at most one is expected).
  var reportedExitCodes: [Int32] { exitCodes.withLock { $0 } }

  func exitCode() async throws -> Int32 {
    let clock = ContinuousClock()
    let deadline = clock.now + Self.timeout
    while true {
      if let code = exitCodes.withLock({ $0.first }) { return code }
      if clock.now >= deadline { break }
      try await Task.sleep(for: .milliseconds(1))
    }
    throw TestClientError.timedOut("exit", received: inbox.all)
  }

  // MARK: - Documents

  /// Opens a document and returns its first diagnostics.
  @discardableResult
  func open(_ uri: String, _ text: String, version: Int = 1) async throws -> JSONValue {
    notify(
      "textDocument/didOpen",
      [
        "textDocument": [
          "uri": .string(uri), "languageId": "plaintext", "version": .number(Double(version)), "text": .string(text),
        ]
      ])
    return try await diagnostics(uri, version: version)
  }

  func change(_ uri: String, version: Int, _ changes: [JSONValue]) {
    notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": .number(Double(version))], "contentChanges": .array(changes)])
  }

  func text(of uri: String) async -> String? { await connection.server.text(of: uri) }
}

/// A value shared between threads behind a lock. An NSLock (a pthread mutex) rather than
/// Synchronization.Mutex, whose futex the thread sanitizer cannot see: it reported races on every inbox.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value
  init(_ value: Value) { self.value = value }
  func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}

/// Holds analyses back while closed, so a test can order an analysis against later messages.
final class Gate: Sendable {
  private let isOpen = Locked(true)
  func close() { isOpen.withLock { $0 = false } }
  func open() { isOpen.withLock { $0 = true } }
  func wait() async {
    while !isOpen.withLock({ $0 }) { try? await Task.sleep(for: .milliseconds(1)) }
  }
}

enum TestClientError: Error, CustomStringConvertible {
  case timedOut(String, received: [JSONValue])
  var description: String {
    switch self {
    case .timedOut(let what, let received): "timed out waiting for \(what); inbox: \("\(received)".prefix(2000))"
    }
  }
}

/// The client's side of the connection: parses the server's framed output into messages.
final class Inbox: MessageSink {
  private struct State {
    var parser = MessageParser()
    var messages: [JSONValue] = []
  }
  private let state = Locked(State())

  func send(_ body: Data) {
    let framed = MessageFraming.frame(body)
    state.withLock { state in
      for item in state.parser.append(framed) {
        guard case .message(let body) = item else {
          Issue.record("the server wrote bytes that are not a framed message: \(item)")
          continue
        }
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: body) else {
          Issue.record("the server wrote a body that is not JSON")
          continue
        }
        state.messages.append(message)
      }
    }
  }

  func take(where predicate: (JSONValue) -> Bool) -> JSONValue? {
    state.withLock { state in
      guard let index = state.messages.firstIndex(where: predicate) else { return nil }
      return state.messages.remove(at: index)
    }
  }

  var all: [JSONValue] { state.withLock { $0.messages } }
}

// MARK: - JSON literals and paths

extension JSONValue: ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral,
  ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
  }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(nilLiteral: ()) { self = .null }

  subscript(index: Int) -> JSONValue? {
    guard case .array(let array) = self, array.indices.contains(index) else { return nil }
    return array[index]
  }

  /// The number of elements of an array (0 otherwise).
  var count: Int { arrayValue?.count ?? 0 }
}

/// An LSP position as JSON.
func position(_ line: Int, _ character: Int) -> JSONValue {
  ["line": .number(Double(line)), "character": .number(Double(character))]
}

/// An LSP range as JSON.
func range(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> JSONValue {
  ["start": position(startLine, startCharacter), "end": position(endLine, endCharacter)]
}

/// `{"textDocument": {"uri": uri}}` plus extra keys.
func documentParams(_ uri: String, _ extra: [String: JSONValue] = [:]) -> JSONValue {
  var params = extra
  params["textDocument"] = ["uri": .string(uri)]
  return .object(params)
}

/// The code of an error response, if it is one.
func errorCode(_ response: JSONValue) -> Int? { response["error"]?["code"]?.intValue }
