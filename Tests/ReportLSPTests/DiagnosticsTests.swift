import Analysis
import Foundation
import Testing

@testable import ReportLSP

/// A text with one N104 finding with a safe fix: `[2021]` → `〔2021〕`.
let bracketText = "根据绥财绩[2021]6号文件"

@Suite struct DiagnosticsTests {
  @Test(arguments: [("utf-16", 5, 11), ("utf-8", 15, 21), ("utf-32", 5, 11)])
  func diagnosticsCarryTheVersionAndRangesInTheNegotiatedEncoding(encoding: String, start: Int, end: Int)
    async throws
  {
    let client = try await TestClient.initialized(encoding: [encoding])
    let uri = "file:///report.txt"
    let published = try await client.open(uri, "😀\n" + bracketText, version: 7)
    #expect(published["version"] == 7)
    let diagnostic = try #require(published["diagnostics"]?[0])
    #expect(published["diagnostics"]?.count == 1)
    #expect(diagnostic["code"] == "N104")
    #expect(diagnostic["source"] == "report-lsp")
    #expect(diagnostic["severity"] == 2)
    #expect(diagnostic["range"] == range(1, start, 1, end))
  }

  @Test func aBurstOfChangesCostsOnePublication() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 150])
    let uri = "file:///burst.txt"
    try await client.open(uri, "正文")
    for version in 2...6 {
      client.change(
        uri, version: version, [["range": range(0, 0, 0, 0), "text": .string(version == 6 ? bracketText : "字")]])
    }
    let published = try await client.diagnostics(uri)
    #expect(published["version"] == 6)
    #expect(published["diagnostics"]?.count == 1)
    try await Task.sleep(for: .milliseconds(300))
    #expect(client.received.isEmpty)
  }

  @Test func aStaleAnalysisIsDroppedWhenANewerVersionExists() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0])
    let uri = "file:///stale.txt"
    client.gate.close()
    client.notify(
      "textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(bracketText)]])
    client.change(uri, version: 2, [["text": "改正后的正文"]])
    try await client.settle()
    client.gate.open()
    let published = try await client.diagnostics(uri)
    #expect(published["version"] == 2)
    #expect(published["diagnostics"] == [])
    try await Task.sleep(for: .milliseconds(100))
    #expect(client.received.isEmpty)
  }

  @Test func publishedVersionsOnlyGrow() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0])
    let uri = "file:///race.txt"
    try await client.open(uri, String(repeating: bracketText + "\n", count: 50))
    let last = 40
    for version in 2...last {
      client.change(uri, version: version, [["range": range(0, 0, 0, 0), "text": "甲"]])
    }
    var versions: [Int] = []
    while versions.last != last {
      versions.append(try #require(try await client.diagnostics(uri)["version"]?.intValue))
    }
    #expect(versions == versions.sorted() && Set(versions).count == versions.count, "\(versions)")
    try await client.settle()
    try await Task.sleep(for: .milliseconds(100))
    #expect(client.received.isEmpty)
  }

  /// The server's own share of a keystroke (sync, scheduling, document model, conversion, JSON) on a 40 KB
  /// report; the rules are switched off because their cost is measured by the engine's benchmarks.
  @Test func aKeystrokeIsPublishedSoonAfterTheDebounce() async throws {
    let paragraph = "（一）项目概况\n甲乙镇2023年度预算安排资金1,234.56万元，实际支出1,200.00万元，执行率97.2%。\n"
    let text = String(repeating: paragraph, count: 40_000 / paragraph.utf8.count + 1)
    let allRules = JSONValue.array(RuleRegistry.all.map { .string($0.code) })
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "disabledRules": allRules])
    let uri = "file:///large.txt"
    try await client.open(uri, text)
    var durations: [Duration] = []
    for version in 2...6 {
      let start = ContinuousClock.now
      client.change(uri, version: version, [["range": range(3, 2, 3, 2), "text": "乙"]])
      _ = try await client.diagnostics(uri, version: version)
      durations.append(ContinuousClock.now - start)
    }
    // Debug builds are an order of magnitude slower than release; this only catches pathologies.
    #expect(durations.sorted()[2] < .milliseconds(250), "\(durations)")
  }
}
