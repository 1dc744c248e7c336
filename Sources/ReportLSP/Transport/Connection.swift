import Foundation

/// Where the server's outgoing messages go. Implementations frame and write them in call order.
protocol MessageSink: Sendable {
  /// Sends one JSON-RPC message body.
  func send(_ body: Data)
}

/// Adds the `Content-Length` header to a message body.
enum MessageFraming {
  static func frame(_ body: Data) -> Data {
    var framed = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    framed.append(body)
    return framed
  }
}

/// Writes framed messages to a file descriptor (stdout) from its own serial queue, so a slow reader
/// on the other side never blocks the server's state queue.
final class FileDescriptorSink: MessageSink {
  private let descriptor: Int32
  private let queue = DispatchQueue(label: "report-lsp.output")

  init(descriptor: Int32) { self.descriptor = descriptor }

  func send(_ body: Data) {
    let framed = MessageFraming.frame(body)
    queue.async { [descriptor] in Self.writeAll(framed, to: descriptor) }
  }

  /// Waits until everything sent so far is written.
  func flush() { queue.sync {} }

  private static func writeAll(_ data: Data, to descriptor: Int32) {
    data.withUnsafeBytes { raw in
      guard var pointer = raw.baseAddress else { return }
      var remaining = raw.count
      while remaining > 0 {
        let written = write(descriptor, pointer, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          return  // The client is gone; nothing useful can be done with the message.
        }
        pointer += written
        remaining -= written
      }
    }
  }
}

/// Writes a line to stderr: the only place the server logs (stdout carries only JSON-RPC).
enum Log {
  static func write(_ message: String) {
    FileHandle.standardError.write(Data("report-lsp: \(message)\n".utf8))
  }
}
