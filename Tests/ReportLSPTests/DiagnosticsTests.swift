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
}
