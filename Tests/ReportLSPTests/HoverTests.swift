import Analysis
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

/// A stated ratio that does not match its amounts, with an astral character before it on its line.
let ratioText = "2020年初批复预算的“三公”经费为16万元。\n😀全年决算支出“三公”经费14.41万元，较年初预算减少1.59万元，节约比为8.6%。\n"

@Suite struct HoverOnFiguresTests {
  let uri = "file:///ratio.txt"

  @Test func hoverOnAStatedRatioShowsItsRecomputationTheFindingAndTheNumber() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, ratioText)
    // UTF-16 column 41 is inside "8.6%" (columns 40..<44: the emoji takes two).
    let response = try await client.request(
      "textDocument/hover", documentParams(uri, ["position": position(1, 41)]))
    let result = try #require(response["result"])
    #expect(result["range"] == range(1, 40, 1, 44))
    #expect(
      result["contents"]
        == [
          "kind": "markdown",
          "value": """
          **节约比**：节约比 = (预算数 − 决算数) ÷ 预算数

          按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符

          所用数据：预算数 16万元（第1行），决算数 14.41万元（第2行）

          ---

          **比率与数据不符**（A101）

          节约比应为9.9%（(16−14.41)÷16=9.94%），文中为8.6%

          - 建议：改为9.9%

          ---

          **8.6%**

          - 数值 8.6（1位小数，舍入误差 ±0.05）
          - 单位 %（百分比）
          - 读作：节约比
          """,
        ])
  }

  /// With the arithmetic rules off no rule builds the claims: the first request that needs them does.
  @Test func withTheArithmeticRulesOffTheClaimsAreBuiltOnDemand() async throws {
    let client = try await TestClient.initialized(
      options: ["debounceMs": 0, "inlayHints": true, "disabledRules": ["A"]])
    try await client.open(uri, ratioText)
    let hover = try await client.request("textDocument/hover", documentParams(uri, ["position": position(1, 41)]))
    let markdown = try #require(hover["result"]?["contents"]?["value"]?.stringValue)
    #expect(markdown.contains("按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符"))
    #expect(!markdown.contains("A101"))
    let hints = try await client.request("textDocument/inlayHint", documentParams(uri, ["range": range(0, 0, 3, 0)]))
    #expect(hints["result"]?.arrayValue?.map { $0["label"] } == ["=1.59万元", "≈9.94%"])
  }

  /// The claims come with the analysis: an analysis whose claim set is empty gives no recomputation in
  /// hovers, hints or the checklist, so none of them rebuilt it.
  @Test func hoverHintsAndChecklistReadTheAnalysisClaims() async throws {
    let noClaims = Analyzer { text, linter in
      let document = Document(text: text)
      return (document, LintResult(diagnostics: [], claims: ClaimSet(document: Document(text: ""))))
    }
    let client = try await TestClient.initialized(
      options: ["debounceMs": 0, "inlayHints": true], analyzer: noClaims)
    try await client.open(uri, ratioText)
    let hover = try await client.request("textDocument/hover", documentParams(uri, ["position": position(1, 41)]))
    let markdown = try #require(hover["result"]?["contents"]?["value"]?.stringValue)
    #expect(markdown.hasPrefix("**8.6%**"))
    #expect(!markdown.contains("按本文数据"))
    let hints = try await client.request("textDocument/inlayHint", documentParams(uri, ["range": range(0, 0, 3, 0)]))
    #expect(hints["result"] == [])
    #expect(try await client.request("textDocument/codeLens", documentParams(uri))["result"] == [])
  }
}
