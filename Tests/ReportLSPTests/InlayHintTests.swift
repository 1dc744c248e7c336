import Foundation
import Testing

@testable import ReportLSP

@Suite struct InlayHintTests {
  let uri = "file:///hints.txt"
  let whole = range(0, 0, 3, 0)

  private func hints(_ client: TestClient, _ range: JSONValue) async throws -> JSONValue? {
    try await client.request("textDocument/inlayHint", documentParams(uri, ["range": range]))["result"]
  }

  @Test func noHintsUnlessTheSettingIsOn() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, ratioText)
    #expect(try await hints(client, whole) == [])
  }

  @Test func hintsFollowTheStatedFiguresInUTF16() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "inlayHints": true])
    try await client.open(uri, ratioText)
    // The emoji before the figures takes two UTF-16 code units: "1.59万元" ends at 35, "8.6%" at 44.
    #expect(
      try await hints(client, whole) == [
        [
          "position": position(1, 35), "label": "=1.59万元", "kind": 1, "paddingLeft": true,
          "tooltip": "按本文数据：16−14.41 = 1.59万元，文中为 1.59万元，相符",
        ],
        [
          "position": position(1, 44), "label": "≈9.94%", "kind": 1, "paddingLeft": true,
          "tooltip": "按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符",
        ],
      ])
  }

  @Test func positionsUseTheNegotiatedEncodingAndTheRangeLimitsTheHints() async throws {
    let client = try await TestClient.initialized(encoding: ["utf-8"], options: ["debounceMs": 0, "inlayHints": true])
    try await client.open(uri, ratioText)
    let all = try #require(try await hints(client, whole))
    #expect(all.arrayValue?.map { $0["position"] } == [position(1, 85), position(1, 104)])
    // Only the figures that start inside the range: bytes 85..<104 hold "，节约比为8.6%".
    #expect(try await hints(client, range(1, 85, 1, 104))?.arrayValue?.map { $0["label"] } == ["≈9.94%"])
    #expect(try await hints(client, range(0, 0, 0, 10)) == [])
  }

  @Test func turningTheSettingOnRefreshesTheHintsWhenTheClientCan() async throws {
    let client = try await TestClient.initialized(
      capabilities: ["workspace": ["inlayHint": ["refreshSupport": true]]])
    try await client.open(uri, ratioText)
    #expect(try await hints(client, whole) == [])
    client.notify("workspace/didChangeConfiguration", ["settings": ["reportLSP": ["inlayHints": true]]])
    let refresh = try await client.next("inlayHint/refresh") {
      $0["method"] == "workspace/inlayHint/refresh" && $0["id"] != nil
    }
    #expect(refresh["params"] == nil)
    client.send(["jsonrpc": "2.0", "id": refresh["id"] ?? .null, "result": nil])
    #expect(try await hints(client, whole)?.count == 2)
    // Another setting changes: the hints stay as they are, no refresh.
    client.notify(
      "workspace/didChangeConfiguration", ["settings": ["reportLSP": ["inlayHints": true, "debounceMs": 0]]])
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "workspace/inlayHint/refresh" })
  }

  @Test func noRefreshForAClientThatCannotTakeIt() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, ratioText)
    client.notify("workspace/didChangeConfiguration", ["settings": ["inlayHints": true]])
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "workspace/inlayHint/refresh" })
    #expect(try await hints(client, whole)?.count == 2)
  }

  @Test func hintsForAnUnknownDocumentAreEmptyAndBadParamsAreInvalid() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "inlayHints": true])
    #expect(try await hints(client, whole) == [])
    #expect(errorCode(try await client.request("textDocument/inlayHint", documentParams(uri))) == -32602)
  }
}
