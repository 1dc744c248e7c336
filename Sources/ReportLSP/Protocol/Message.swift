import Foundation

/// A request from the client: its params decode into the conforming type, and it is answered with
/// `Response` (sourcekit-lsp's `RequestType`).
protocol RequestType: Decodable, Sendable {
  static var method: String { get }
  associatedtype Response: Encodable & Sendable
}

/// A notification, in either direction: no answer.
protocol NotificationType: Codable, Sendable {
  static var method: String { get }
}

/// The JSON `null` result of requests such as `shutdown`.
struct NullResponse: Codable, Hashable, Sendable {
  init() {}
  init(from decoder: any Decoder) throws {}
  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}

/// JSON-RPC and LSP error codes.
enum ErrorCode: Int, Sendable {
  case parseError = -32700
  case invalidRequest = -32600
  case methodNotFound = -32601
  case invalidParams = -32602
  case internalError = -32603
  case serverNotInitialized = -32002
  case requestCancelled = -32800
  case contentModified = -32801
  case serverCancelled = -32802
  case requestFailed = -32803
}

/// The `error` member of a failed response.
struct ResponseError: Error, Codable, Hashable, Sendable {
  var code: Int
  var message: String
  /// Extra information some errors carry (`{"retriggerRequest": true}` for a cancelled diagnostic pull).
  var data: JSONValue?

  init(_ code: ErrorCode, _ message: String, data: JSONValue? = nil) {
    self.code = code.rawValue
    self.message = message
    self.data = data
  }
}

/// Encodes outgoing JSON-RPC messages.
enum OutgoingMessage {
  private struct Response<Result: Encodable>: Encodable {
    let id: JSONValue
    let result: Result
    enum CodingKeys: String, CodingKey { case jsonrpc, id, result }
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode("2.0", forKey: .jsonrpc)
      try container.encode(id, forKey: .id)
      try container.encode(result, forKey: .result)  // an Optional encodes as null, as JSON-RPC requires
    }
  }

  private struct Failure: Encodable {
    let jsonrpc = "2.0"
    let id: JSONValue
    let error: ResponseError
  }

  private struct Notification<Params: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let method: String
    let params: Params
  }

  static func response(id: JSONValue, result: some Encodable) -> Data {
    encode(Response(id: id, result: result))
      ?? encode(Failure(id: id, error: ResponseError(.internalError, "无法编码响应")))!
  }

  static func error(id: JSONValue, _ error: ResponseError) -> Data {
    encode(Failure(id: id, error: error))!
  }

  static func notification<N: NotificationType>(_ notification: N) -> Data? {
    encode(Notification(method: N.method, params: notification))
  }

  private struct Request<Params: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let id: JSONValue
    let method: String
    let params: Params
  }

  static func request<R: ServerRequestType>(id: JSONValue, _ request: R) -> Data? {
    encode(Request(id: id, method: R.method, params: request))
  }

  private struct BareRequest: Encodable {
    let jsonrpc = "2.0"
    let id: JSONValue
    let method: String
  }

  /// A request to the client without params (`workspace/inlayHint/refresh`).
  static func request(id: JSONValue, method: String) -> Data {
    encode(BareRequest(id: id, method: method))!
  }

  private static func encode(_ value: some Encodable) -> Data? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return try? encoder.encode(value)
  }
}

/// A response from the client to a request the server sent: its `result`, or its `error`.
enum ClientResponse {
  private struct Body: Decodable {
    var result: JSONValue?
    var error: ResponseError?
  }

  static func decode(_ body: Data) -> Result<JSONValue, ResponseError> {
    guard let decoded = try? JSONDecoder().decode(Body.self, from: body) else {
      return .failure(ResponseError(.parseError, "无法解析客户端的响应"))
    }
    if let error = decoded.error { return .failure(error) }
    return .success(decoded.result ?? .null)
  }
}
