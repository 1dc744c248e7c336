import Foundation
import Testing

@testable import ReportLSP

@Suite struct HoverTests {
  let uri = "file:///hover.txt"

  private func hover(_ client: TestClient, _ line: Int, _ character: Int) async throws -> JSONValue {
    try await client.request("textDocument/hover", documentParams(uri, ["position": position(line, character)]))
  }

  @Test func hoverOnAFindingExplainsItInMarkdown() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "😀\n" + bracketText)
    let result = try #require(try await hover(client, 1, 7)["result"])
    #expect(result["contents"]?["kind"] == "markdown")
    let markdown = try #require(result["contents"]?["value"]?.stringValue)
    #expect(markdown.contains("N104") && markdown.contains("〔2021〕"))
    #expect(result["range"] == range(1, 5, 1, 11))
  }

  @Test func hoverElsewhereIsNull() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "😀\n" + bracketText)
    let response = try await hover(client, 1, 1)
    #expect(response["result"] == .null)
    #expect(response.objectValue?.keys.contains("result") == true)
    #expect(try await hover(client, 40, 0)["result"] == .null)
  }

  @Test func hoverPositionsUseTheNegotiatedEncoding() async throws {
    let client = try await TestClient.initialized(encoding: ["utf-8"])
    try await client.open(uri, "😀\n" + bracketText)
    // Byte 16 of line 1 is inside "[2021]" (which spans bytes 15..<21).
    #expect(try await hover(client, 1, 16)["result"]?["range"] == range(1, 15, 1, 21))
    #expect(try await hover(client, 1, 14)["result"] == .null)
  }

  @Test func hoverOnAnUnknownDocumentIsNullAndBadParamsAreInvalid() async throws {
    let client = try await TestClient.initialized()
    #expect(try await hover(client, 0, 0)["result"] == .null)
    #expect(errorCode(try await client.request("textDocument/hover", documentParams(uri))) == -32602)
    #expect(
      errorCode(
        try await client.request(
          "textDocument/hover", documentParams(uri, ["position": ["line": 1.5, "character": 0]])))
        == -32602)
    #expect(errorCode(try await client.request("textDocument/hover", nil)) == -32602)
  }
}
