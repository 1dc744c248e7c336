import Foundation

/// One decoded JSON-RPC message from the client, or the reason it is not one.
enum IncomingMessage: Sendable {
  case request(id: JSONValue, method: String, body: Data)
  /// `repair` says what `BodyRepair` replaced in the body's text (lone surrogates, invalid UTF-8).
  case notification(method: String, body: Data, repair: BodyRepair)
  /// A response to a request the server sent (applyEdit, progress creation, registration).
  case response(id: JSONValue, body: Data)
  /// Not a valid message: answered with `error`, echoing `id` when it could be read (else null).
  case invalid(id: JSONValue, error: ResponseError)

  /// Classifies a message body. Only the envelope is decoded here; params are decoded by the handler.
  /// Text a strict decoder would reject (lone surrogates, invalid UTF-8) is repaired first (`BodyRepair`).
  init(body original: Data) {
    var (body, repair) = BodyRepair.repair(original, markingInvalidBytes: true)
    let envelope: Envelope
    do {
      envelope = try JSONDecoder().decode(Envelope.self, from: body)
    } catch {
      self = .invalid(id: .null, error: ResponseError(.parseError, "JSON 解析失败"))
      return
    }
    guard envelope.isObject else {
      let what = envelope.isArray ? "不支持批量请求（JSON 数组）" : "消息必须是 JSON 对象"
      self = .invalid(id: .null, error: ResponseError(.invalidRequest, what))
      return
    }
    // An id must be a string or a number; anything else cannot be echoed safely.
    var id: JSONValue?
    switch envelope.id {
    case .some(.string), .some(.number): id = envelope.id
    case .none: id = nil
    case .some: id = .null
    }
    guard envelope.jsonrpc == "2.0" else {
      self = .invalid(id: id ?? .null, error: ResponseError(.invalidRequest, "缺少 \"jsonrpc\": \"2.0\""))
      return
    }
    guard let methodValue = envelope.method else {
      if envelope.hasResultOrError, let id {
        self = .response(id: id, body: body)
      } else {
        self = .invalid(id: id ?? .null, error: ResponseError(.invalidRequest, "消息既不是请求也不是通知"))
      }
      return
    }
    guard case .string(let method) = methodValue else {
      self = .invalid(id: id ?? .null, error: ResponseError(.invalidRequest, "method 必须是字符串"))
      return
    }
    // A notification is never answered, not even with an error: its handler logs the bad params.
    if envelope.hasInvalidParams, id != nil {
      self = .invalid(id: id ?? .null, error: ResponseError(.invalidRequest, "params 必须是对象或数组"))
      return
    }
    // Only the text of didOpen and didChange keeps the markers (the server replaces them); elsewhere an
    // invalid byte is U+FFFD.
    if repair.invalidBytes > 0, !Self.textSyncMethods.contains(method) {
      body = BodyRepair.repair(original).body
    }
    switch id {
    case .none: self = .notification(method: method, body: body, repair: repair)
    case .some(.null): self = .invalid(id: .null, error: ResponseError(.invalidRequest, "id 必须是数字或字符串"))
    case .some(let id): self = .request(id: id, method: method, body: body)
    }
  }

  private static let textSyncMethods: Set<String> = [
    DidOpenTextDocumentNotification.method, DidChangeTextDocumentNotification.method,
  ]

  /// The parts of a message needed to route it, read without decoding its params.
  private struct Envelope: Decodable {
    var isObject = false
    var isArray = false
    var jsonrpc: String?
    var id: JSONValue?
    var method: JSONValue?
    var hasResultOrError = false
    var hasInvalidParams = false

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params, result, error }

    init(from decoder: any Decoder) throws {
      if let container = try? decoder.container(keyedBy: CodingKeys.self) {
        isObject = true
        jsonrpc = try? container.decode(String.self, forKey: .jsonrpc)
        if container.contains(.id) { id = (try? container.decode(JSONValue.self, forKey: .id)) ?? .null }
        method = try? container.decode(JSONValue.self, forKey: .method)
        hasResultOrError = container.contains(.result) || container.contains(.error)
        if container.contains(.params), let shape = try? container.decode(Shape.self, forKey: .params) {
          hasInvalidParams = !shape.isStructured
        }
      } else if (try? decoder.unkeyedContainer()) != nil {
        isArray = true
      } else {
        _ = try decoder.singleValueContainer()
      }
    }
  }

  /// Whether a value is an object, an array or null, without decoding its contents.
  private struct Shape: Decodable {
    var isStructured: Bool
    init(from decoder: any Decoder) throws {
      if (try? decoder.container(keyedBy: AnyKey.self)) != nil || (try? decoder.unkeyedContainer()) != nil {
        isStructured = true
      } else {
        isStructured = (try? decoder.singleValueContainer().decodeNil()) ?? false
      }
    }
  }

  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
  }
}

/// Decodes the `params` of a message body into a message type.
enum ParamsDecoder {
  private struct Wrapper<Params: Decodable>: Decodable {
    var params: Params?
  }

  /// The params as `T`; absent or null params decode as `{}` (so `shutdown` needs none).
  static func decode<T: Decodable>(_ type: T.Type, from body: Data) -> Result<T, ResponseError> {
    do {
      if let params = try JSONDecoder().decode(Wrapper<T>.self, from: body).params { return .success(params) }
      return .success(try JSONDecoder().decode(T.self, from: Data("{}".utf8)))
    } catch {
      return .failure(ResponseError(.invalidParams, "参数无效：\(describe(error))"))
    }
  }

  private static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
      return keys.isEmpty ? "" : keys.joined(separator: ".") + " "
    }
    switch error {
    case .keyNotFound(let key, let context): return "\(path(context))缺少 \(key.stringValue)"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return "\(path(context))类型不对"
    @unknown default: return "\(error)"
    }
  }
}
