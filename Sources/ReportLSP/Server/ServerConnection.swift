import Foundation

/// Hands framed input to the server strictly in arrival order and tells when the server is done.
///
/// Decoding the envelope happens on the caller's (reader's) thread; handling happens on the server actor,
/// fed by one consumer task from an unbounded stream, so messages are never reordered.
final class ServerConnection: Sendable {
  let server: LanguageServer
  private let continuation: AsyncStream<IncomingMessage>.Continuation
  private let consumer: Task<Void, Never>

  init(sink: any MessageSink, analyzer: Analyzer = .standard, onExit: @escaping @Sendable (Int32) -> Void) {
    let (stream, continuation) = AsyncStream.makeStream(of: IncomingMessage.self)
    let server = LanguageServer(sink: sink, analyzer: analyzer, onExit: onExit)
    self.server = server
    self.continuation = continuation
    self.consumer = Task {
      for await message in stream { await server.handle(message) }
      await server.inputClosed()
    }
  }

  /// Takes one framed message or framing error, in order.
  func receive(_ input: FramedInput) {
    switch input {
    case .message(let body): continuation.yield(IncomingMessage(body: body))
    case .framingError(let problem): Log.write(problem)
    }
  }

  /// The input has ended: the server finishes the queued messages, then exits as on `exit`.
  func close() { continuation.finish() }

  /// Waits until every queued message is handled after `close()`.
  func finished() async { await consumer.value }
}
