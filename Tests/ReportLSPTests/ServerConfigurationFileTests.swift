import Foundation
import Testing

@testable import ReportLSP

/// The server reads the nearest `.reportlsp.json` above each report, over the editor's settings.
@Suite struct ServerConfigurationFileTests {
  private func codes(_ published: JSONValue) -> [String] {
    published["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
  }

  @Test func theFileWinsForTheKeysItSetsAndTheEditorKeepsTheRest() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", #"{"severity": {"N104": "error"}}"#)
    let client = try await TestClient.initialized(
      options: ["debounceMs": 0, "severity": ["N104": "hint"], "ruleDocsURL": "https://example.org/rules.md"])
    let published = try await client.open(folder.uri("reports/report.txt"), bracketText)
    let finding = try #require(published["diagnostics"]?[0])
    #expect(finding["code"] == "N104" && finding["severity"] == 1)
    #expect(finding["codeDescription"]?["href"]?.stringValue?.hasPrefix("https://example.org/rules.md#") == true)
    // A report outside the folder has only the editor's settings.
    #expect(try await client.open("untitled:1", bracketText)["diagnostics"]?[0]?["severity"] == 4)
  }

  @Test func aChangedFileIsReadAgainWhenWatchedOrOnSave() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let client = try await TestClient.initialized(capabilities: editingCapabilities)
    let registration = try await client.serverRequest("client/registerCapability")
    let watchers = registration["params"]?["registrations"]?[0]?["registerOptions"]?["watchers"]
    #expect(watchers == [["globPattern": "**/.reportlsp.json"], ["globPattern": "**/.reportlsp-waivers.json"]])
    client.respond(to: registration, result: nil)
    let uri = folder.uri("report.txt")
    #expect(codes(try await client.open(uri, bracketText)) == ["N104"])
    // Created: the watcher tells the server.
    try folder.write(".reportlsp.json", #"{"disabledRules": ["N104"]}"#)
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(folder.uri(".reportlsp.json")), "type": 1]]])
    #expect(codes(try await client.diagnostics(uri, version: 1)) == [])
    // Changed, and the client says nothing until a save.
    try folder.write(".reportlsp.json", #"{"disabledRules": ["L"]}"#)
    client.notify("textDocument/didSave", documentParams(uri))
    #expect(codes(try await client.diagnostics(uri, version: 1)) == ["N104"])
  }

  @Test func problemsAreNamedWithLineColumnAndASuggestion() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a/.reportlsp.json", #"{"disabledRule": ["N104"]}"#)
    try folder.write("b/.reportlsp.json", "{\n  \"disabledRules\": [\"N104\"]\n  \"debounceMs\": 0\n}")
    let client = try await TestClient.initialized()
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(folder.uri("a/r.txt")), "version": 1, "text": .string(bracketText)]])
    let typo = try await client.notification("window/showMessage")
    #expect(typo["params"]?["message"]?.stringValue?.contains("未知的设置项 disabledRule（是否应为 disabledRules？），已忽略") == true)
    #expect(codes(try await client.diagnostics(folder.uri("a/r.txt"))) == ["N104"])
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(folder.uri("b/r.txt")), "version": 1, "text": .string(bracketText)]])
    let broken = try await client.notification("window/showMessage")
    #expect(broken["params"]?["message"]?.stringValue?.contains("不是有效的 JSON，第 3 行第 3 列：缺少逗号或 }") == true)
    #expect(codes(try await client.diagnostics(folder.uri("b/r.txt"))) == ["N104"])
  }

  /// A gazetteer in RFC 4180 CSV is read off the message loop; a bad row is reported with its line; a
  /// settings change that names the same unchanged file does not read it again, and while a changed file
  /// loads the previous gazetteer stays in use.
  @Test func theGazetteerLoadsInTheBackgroundAndIsCached() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let csv =
      "code,province,city,county,township\r\n\"100000101\",\"甲省\",\"乙市\",\"丙丁县\",\"甲乙镇\"\r\n坏行\r\n"
      + "\"100000102\",\"甲省\",\"乙市\",\"丙丁县\",\"丙戊镇\"\r\n"
    try folder.write("towns.csv", csv)
    let options: JSONValue = ["debounceMs": 0, "gazetteerPath": .string(folder.path + "/towns.csv")]
    let client = try await TestClient.initialized(options: options)
    let warning = try await client.notification("window/showMessage")
    #expect(warning["params"]?["message"]?.stringValue?.contains("有 1 行无法读取，已跳过：第3行字段不全") == true)
    let uri = folder.uri("report.txt")
    let text = "丙丁县甲乙镇人民政府2020年度部门整体支出绩效评价报告\n一、部门概况\n全年工作稳步推进，保障了丙戊镇社会管理与发展的基本稳定。\n"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(text)]])
    var published = try await client.diagnostics(uri)
    while !codes(published).contains("N101") { published = try await client.diagnostics(uri) }
    // The same file again: cached, no second warning, and N101 in every publish.
    client.notify("workspace/didChangeConfiguration", ["settings": ["debounceMs": 0, "gazetteerPath": .string(folder.path + "/towns.csv"), "inlayHints": true]])
    #expect(codes(try await client.diagnostics(uri)).contains("N101"))
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "window/showMessage" })
    // Changed on disk: read again (its warning comes once more), the old gazetteer in use meanwhile.
    try folder.write("towns.csv", csv + "\"100000103\",\"甲省\",\"乙市\",\"丙丁县\",\"石门乡\"\r\n")
    client.notify("workspace/didChangeConfiguration", ["settings": options])
    _ = try await client.notification("window/showMessage")
    try await client.settle()
    let republished = client.received.filter { $0["method"] == "textDocument/publishDiagnostics" }
    #expect(!republished.isEmpty && republished.allSatisfy { codes($0["params"] ?? nil).contains("N101") })
  }
}
