import Foundation

/// The answer to one request: sends exactly one response for `id` through the sink.
struct Reply<Response: Encodable & Sendable>: Sendable {
  let id: JSONValue
  let sink: any MessageSink
  /// Turns an error into the one this request answers with (a diagnostic pull answers ServerCancelled
  /// where others answer ContentModified).
  var mapError: @Sendable (ResponseError) -> ResponseError = { $0 }

  func callAsFunction(_ response: Response) {
    sink.send(OutgoingMessage.response(id: id, result: response))
  }

  func fail(_ error: ResponseError) {
    sink.send(OutgoingMessage.error(id: id, mapError(error)))
  }
}

/// Maps method names to a server's handlers, decoding params into the message's type on the way.
///
/// Handlers run isolated to the server actor, one message at a time, in arrival order.
struct HandlerRegistry<Server: Actor>: Sendable {
  typealias RequestHandler = @Sendable (isolated Server, _ id: JSONValue, _ body: Data, any MessageSink) -> Void
  typealias NotificationHandler = @Sendable (isolated Server, _ body: Data) -> Void

  private(set) var requests: [String: RequestHandler] = [:]
  private(set) var notifications: [String: NotificationHandler] = [:]

  init() {}

  /// Registers a request; params that do not decode are answered with −32602 before `handler` runs.
  mutating func register<R: RequestType>(
    _ type: R.Type, _ handler: @escaping @Sendable (isolated Server, R, Reply<R.Response>) -> Void
  ) {
    requests[R.method] = { server, id, body, sink in
      let reply = Reply<R.Response>(id: id, sink: sink)
      switch ParamsDecoder.decode(R.self, from: body) {
      case .success(let request): handler(server, request, reply)
      case .failure(let error): reply.fail(error)
      }
    }
  }

  /// Registers a notification; params that do not decode are logged and dropped (there is no one to tell).
  mutating func register<N: NotificationType>(
    _ type: N.Type, _ handler: @escaping @Sendable (isolated Server, N) -> Void
  ) {
    notifications[N.method] = { server, body in
      switch ParamsDecoder.decode(N.self, from: body) {
      case .success(let notification): handler(server, notification)
      case .failure(let error): Log.write("\(N.method): \(error.message)")
      }
    }
  }
}
