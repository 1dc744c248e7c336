import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads framed messages from a file descriptor (stdin) and hands them to a receiver strictly in order.
///
/// Reading happens on the calling thread with blocking `read`s; there is no Swift Concurrency here, so
/// a `didChange` can never overtake the message sent before it.
struct StdioReader {
  let descriptor: Int32
  /// How long the input may stall inside a body before a complete-looking body is delivered anyway.
  var stallTimeoutMs: Int32 = 500

  /// Reads until end of input, calling `receive` for every framed message and framing error.
  /// Returns whether the input ended in the middle of a message.
  func run(_ receive: (FramedInput) -> Void) -> Bool {
    var parser = MessageParser()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, parser.isInsideMessage ? stallTimeoutMs : -1)
      if ready == 0 {
        for input in parser.flushStalledBody() { receive(input) }
        continue
      }
      if ready < 0, errno == EINTR { continue }
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { return parser.isInsideMessage }
      for input in parser.append(chunk[0..<count]) { receive(input) }
    }
  }
}
