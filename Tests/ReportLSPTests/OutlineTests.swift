import Foundation
import Testing

@testable import ReportLSP

@Suite struct OutlineTests {
  let uri = "file:///outline.txt"
  static let text = """
    丙丁县甲乙镇2023年度部门整体支出绩效评价报告

    一、基本情况
    （一）部门概况
    甲乙镇设有办公室。

    （二）预算情况
    全年预算100万元。
    二、评价结论
    总体良好。

    """

  @Test func documentSymbolsFollowTheHeadingTree() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, Self.text)
    let symbols = try #require(try await client.request("textDocument/documentSymbol", documentParams(uri))["result"])
    #expect(symbols.count == 2)
    let first = try #require(symbols[0])
    #expect(first["name"] == "一、基本情况")
    #expect(first["kind"] == 15)
    #expect(first["range"] == range(2, 0, 7, 10))
    #expect(first["selectionRange"] == range(2, 0, 2, 6))
    #expect(first["children"]?.arrayValue?.map { $0["name"] } == ["（一）部门概况", "（二）预算情况"])
    #expect(first["children"]?[0]?["range"] == range(3, 0, 4, 9))
    #expect(symbols[1]?["name"] == "二、评价结论")
    #expect(symbols[1]?["range"] == range(8, 0, 9, 5))
    #expect(symbols[1]?["children"] == [])
  }

  @Test func foldingRangesCoverEachSection() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, Self.text)
    let folds = try #require(try await client.request("textDocument/foldingRange", documentParams(uri))["result"])
    let lines = folds.arrayValue?.map { [$0["startLine"]?.intValue ?? -1, $0["endLine"]?.intValue ?? -1] }
    #expect(lines == [[2, 7], [3, 4], [6, 7], [8, 9]])
  }

  @Test func aDocumentWithoutHeadingsHasNoSymbolsOrFolds() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, "只有一段正文。")
    #expect(try await client.request("textDocument/documentSymbol", documentParams(uri))["result"] == [])
    #expect(try await client.request("textDocument/foldingRange", documentParams(uri))["result"] == [])
  }
}
