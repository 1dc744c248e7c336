import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the language server on stdin/stdout until `exit` or the end of input, and ends the process with
/// code 0 after `shutdown`, 1 otherwise. stdout carries only framed JSON-RPC; logs go to stderr.
func runServer() -> Int32 {
  signal(SIGPIPE, SIG_IGN)  // A vanished client must not kill the server mid-write.
  let sink = FileDescriptorSink(descriptor: STDOUT_FILENO)
  let connection = ServerConnection(sink: sink) { code in
    sink.flush()
    exit(code)
  }
  let truncated = StdioReader(descriptor: STDIN_FILENO).run { connection.receive($0) }
  if truncated { Log.write("输入在一条消息中途结束") }
  connection.close()
  // The server exits the process once it has handled the queued messages; this wait never returns.
  let finished = DispatchSemaphore(value: 0)
  Task {
    await connection.finished()
    finished.signal()
  }
  finished.wait()
  sink.flush()
  return 1
}
