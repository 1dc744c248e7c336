import Foundation
import Testing

@testable import ReportLSP

@Suite struct CompletionTests {
  let uri = "file:///completion.txt"

  private func complete(_ client: TestClient, _ line: Int, _ character: Int) async throws -> JSONValue? {
    try await client.request("textDocument/completion", documentParams(uri, ["position": position(line, character)]))[
      "result"]
  }

  @Test func indicatorNamesReplaceWhatWasTyped() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "一、概况\n😀甲乙镇在职人")
    let result = try #require(try await complete(client, 1, 8))
    #expect(result["isIncomplete"] == true)
    let item = try #require(result["items"]?[0])
    #expect(result["items"]?.count == 1)
    #expect(item["label"] == "在职人员控制率")
    #expect(item["kind"] == 6)
    #expect(item["detail"] == "投入 › 预算配置")
    // "在职人" is UTF-16 columns 5..<8, after the two units of the emoji.
    #expect(item["textEdit"] == ["range": range(1, 5, 1, 8), "newText": "在职人员控制率"])
    #expect(item["documentation"]?["kind"] == "markdown")
    #expect(item["documentation"]?["value"]?.stringValue?.hasPrefix("**在职人员控制率**") == true)
  }

  @Test func sectionTitlesFollowANumberingMarker() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "一、部门概况\n二、部门整体")
    let items = try #require(try await complete(client, 1, 6)?["items"]?.arrayValue)
    #expect(items.map { $0["label"] } == ["部门整体支出管理及使用情况", "部门整体支出绩效情况"])
    #expect(items.allSatisfy { $0["kind"] == 9 && $0["textEdit"]?["range"] == range(1, 2, 1, 6) })
  }

  @Test func nothingWithoutAPrefixAndNothingForAnUnknownDocument() async throws {
    let client = try await TestClient.initialized()
    #expect(try await complete(client, 0, 0) == ["isIncomplete": false, "items": []])
    try await client.open(uri, "甲乙镇共计95")
    #expect(try await complete(client, 0, 7)?["items"] == [])
  }
}
