/// `shutdown`: stop serving requests; `exit` follows.
struct ShutdownRequest: RequestType {
  static let method = "shutdown"
  typealias Response = NullResponse
}
