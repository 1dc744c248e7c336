import Foundation
import Testing

@testable import ReportLSP

@Suite struct ChecklistTests {
  let uri = "file:///checklist.txt"

  @Test func aLensAtTheTopCountsTheChecksAndRunsTheChecklistCommand() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, ratioText)
    let lenses = try #require(try await client.request("textDocument/codeLens", documentParams(uri))["result"])
    #expect(
      lenses == [
        [
          "range": range(0, 0, 0, 0),
          "command": [
            "title": "核对清单：相符 2，不符 1，无法核对 0", "command": "reportLSP.showChecklist",
            "arguments": [.string(uri)],
          ],
        ]
      ])
  }

  @Test func theCommandAnswersWithTheChecklistInMarkdown() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, ratioText)
    let response = try await client.request(
      "workspace/executeCommand", ["command": "reportLSP.showChecklist", "arguments": [.string(uri)]])
    #expect(
      response["result"]?.stringValue == """
        # 核对清单

        **数字核对**（3 项：相符 2，不符 1，无法核对 0）

        | 结果 | 行 | 项目 | 文中 | 按本文数据 |
        | --- | --- | --- | --- | --- |
        | ✓ 相符 | 2 | 减少 | 减少 | 14.41−16 = −1.59万元，方向一致 |
        | ✓ 相符 | 2 | 减少额 | 1.59万元 | 16−14.41 = 1.59万元 |
        | ✗ 不符 | 2 | 节约比 | 8.6% | (16−14.41)÷16 = 9.94% |

        **文中给出数值的指标**（0 项）

        （无）

        """)
  }

  @Test func indicatorsAreListedAndCellsCannotBreakTheTable() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "甲乙镇在职人员控制率为95%。\n")
    let lenses = try await client.request("textDocument/codeLens", documentParams(uri))
    #expect(lenses["result"]?[0]?["command"]?["title"] == "核对清单：相符 0，不符 0，无法核对 1")
    let markdown = try #require(
      try await client.request(
        "workspace/executeCommand", ["command": "reportLSP.showChecklist", "arguments": [.string(uri)]])["result"]?
        .stringValue)
    #expect(markdown.contains("| · 无法核对 | 1 | 在职人员控制率 | 95% | — |"))
    #expect(markdown.contains("**文中给出数值的指标**（1 项）"))
    #expect(LanguageServer.markdownRow(["a|b", "c\nd"]) == "| a\\|b | c d |\n")
  }

  @Test func aTextWithoutFiguresGetsNoLens() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "甲乙镇人民政府。\n")
    #expect(try await client.request("textDocument/codeLens", documentParams(uri))["result"] == [])
  }

  @Test func badArgumentsUnknownDocumentsAndUnknownCommandsAreInvalidParams() async throws {
    let client = try await TestClient.initialized()
    for params: JSONValue in [
      ["command": "reportLSP.showChecklist"], ["command": "reportLSP.showChecklist", "arguments": [1]],
      ["command": "reportLSP.showChecklist", "arguments": ["file:///closed.txt"]], ["command": "reportLSP.nothing"],
    ] {
      #expect(errorCode(try await client.request("workspace/executeCommand", params)) == -32602)
    }
  }
}
