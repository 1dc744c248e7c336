import Foundation
import Testing

@testable import ReportLSP

/// Malformed input of every kind: each gets the specified error or is ignored, and the server keeps serving.
@Suite struct ProtocolAbuseTests {
  /// The server still answers a well-formed request.
  private func expectServing(_ client: TestClient) async throws {
    let response = try await client.request(
      "textDocument/hover", documentParams("file:///none", ["position": position(0, 0)]))
    #expect(response["result"] == .null)
  }

  private func frame(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n\(body)" }

  @Test(
    arguments: [
      ("{\"jsonrpc\":\"2.0\",", -32700), ("not json at all", -32700), ("{\"a\":1}}", -32700), ("", -32700),
      ("[]", -32600), ("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", -32600), ("42", -32600),
      ("\"text\"", -32600), ("null", -32600), ("{}", -32600), ("{\"jsonrpc\":\"2.0\"}", -32600),
      ("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}", -32600),
      ("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"shutdown\"}", -32600),
      ("{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"shutdown\"}", -32600),
      ("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"shutdown\"}", -32600),
    ] as [(String, Int)])
  func unusableBodiesGetAnErrorWithANullID(body: String, code: Int) async throws {
    let client = try await TestClient.initialized()
    client.sendRaw(frame(body))
    let response = try await client.next("error") { $0["error"] != nil }
    #expect(errorCode(response) == code)
    #expect(response["id"] == .null)
    #expect(response["jsonrpc"] == "2.0")
    try await expectServing(client)
  }

  @Test(arguments: [
    ("{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"shutdown\"}", JSONValue.number(5)),
    ("{\"id\":\"x\",\"method\":\"shutdown\"}", JSONValue.string("x")),
    ("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":7}", JSONValue.number(6)),
    ("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"shutdown\",\"params\":\"x\"}", JSONValue.number(8)),
    ("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shutdown\",\"params\":3}", JSONValue.number(9)),
  ])
  func invalidRequestsWithAReadableIDEchoIt(body: String, id: JSONValue) async throws {
    let client = try await TestClient.initialized()
    client.sendRaw(frame(body))
    let response = try await client.response(id: id)
    #expect(errorCode(response) == -32600)
    try await expectServing(client)
  }

  @Test(arguments: [
    JSONValue.number(0), .number(-3), .number(2_147_483_648), .number(1.5), .string(""), .string("请求-1"),
  ])
  func idsOfEveryValidTypeAreEchoedExactly(id: JSONValue) async throws {
    let client = try await TestClient.initialized()
    client.sendRequest(id: id, "textDocument/foldingRange", documentParams("file:///none"))
    let response = try await client.response(id: id)
    #expect(response["result"] == [])
  }

  @Test func unknownMethods() async throws {
    let client = try await TestClient.initialized()
    let unknown = try await client.request(
      "textDocument/definition", documentParams("file:///a", ["position": position(0, 0)]))
    #expect(errorCode(unknown) == -32601)
    #expect(errorCode(try await client.request("$/unknownRequest")) == -32601)
    client.notify("workspace/didChangeWatchedFiles", ["changes": []])
    client.notify("$/setTrace", ["value": "off"])
    client.notify("$/progress", ["token": 1, "value": [:]])
    try await client.settle()
    #expect(client.received.isEmpty)
  }

  @Test func responsesFromTheClientAreIgnored() async throws {
    let client = try await TestClient.initialized()
    client.send(["jsonrpc": "2.0", "id": 1, "result": nil])
    client.send(["jsonrpc": "2.0", "id": 2, "error": ["code": -1, "message": "x"]])
    try await client.settle()
    #expect(client.received.isEmpty)
  }

  @Test func framingErrorsAreSkippedAndTheNextMessageIsServed() async throws {
    let client = try await TestClient.initialized()
    let hover =
      #"{"jsonrpc":"2.0","id":"h","method":"textDocument/hover","params":{"textDocument":{"uri":"file:///n"},"position":{"line":0,"character":0}}}"#
    // No Content-Length at all.
    client.sendRaw("Content-Type: application/json\r\n\r\n" + hover)
    // A length that is not a number.
    client.sendRaw("Content-Length: many\r\n\r\n" + hover)
    try await expectServing(client)
    // Too short: the cut body is a parse error, the rest is skipped.
    client.sendRaw("Content-Length: 10\r\n\r\n" + hover)
    #expect(errorCode(try await client.next("parse error") { $0["error"] != nil }) == -32700)
    try await expectServing(client)
    // Too long: the body ends where the next header starts, and both messages are served.
    client.sendRaw(
      "Content-Length: 9999\r\n\r\n" + hover + frame(hover.replacingOccurrences(of: "\"h\"", with: "\"h2\"")))
    #expect(try await client.response(id: "h")["result"] == .null)
    #expect(try await client.response(id: "h2")["result"] == .null)
  }

  @Test func binaryGarbageIsSkipped() async throws {
    let client = try await TestClient.initialized()
    var generator = SplitMix64(state: 7)
    client.sendRaw(Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    client.sendRaw("\r\n\r\n")
    try await expectServing(client)
    #expect(client.received.allSatisfy { errorCode($0) == -32700 || errorCode($0) == -32600 })
  }

  @Test func aTenMegabyteLineIsHandled() async throws {
    let client = try await TestClient.initialized(encoding: ["utf-32"], options: ["debounceMs": 10000])
    let uri = "file:///huge.txt"
    let line = String(repeating: "绩效评价😀", count: 2_000_000)  // 10 million scalars, one line
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(line)]])
    client.change(uri, version: 2, [["range": range(0, 9_999_999, 0, 50_000_000), "text": "。"]])
    try await client.settle()
    let text = try #require(await client.text(of: uri))
    #expect(text.unicodeScalars.count == 10_000_000)
    #expect(text.hasSuffix("评价。"))
    try await expectServing(client)
  }

  @Test func notificationsWithBadParamsAreDropped() async throws {
    let client = try await TestClient.initialized()
    client.notify("textDocument/didOpen", ["textDocument": "file:///a"])
    client.notify("textDocument/didClose", nil)
    client.notify("workspace/didChangeConfiguration", ["settings": 5])
    client.notify("$/cancelRequest", ["id": [1]])
    client.notify("initialized", "oops")
    try await expectServing(client)
    // Only the settings problem is worth telling the user about.
    let messages = client.received
    #expect(messages.allSatisfy { $0["method"] == "window/showMessage" }, "\(messages)")
  }
}
