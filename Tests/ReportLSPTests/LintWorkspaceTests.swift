import Foundation
import Testing

@testable import ReportLSP

@Suite struct LintWorkspaceTests {
  /// A workspace with two reports with findings, a clean one, and files the walk skips.
  private func workspace() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("甲乙镇.txt", bracketText)
    try folder.write("sub/丙丁县.md", "一、概况\n另见甲财预[2020]12号。\n")
    try folder.write("clean.txt", "正文。")
    try folder.write(".hidden/skipped.txt", bracketText)
    try folder.write("table.csv", bracketText)
    return folder
  }

  private func lint(_ client: TestClient, token: JSONValue? = nil) -> String {
    let id = "lint-\(client.makeID())"
    var params: [String: JSONValue] = ["command": "reportLSP.lintWorkspace", "arguments": []]
    if let token { params["workDoneToken"] = token }
    client.sendRequest(id: .string(id), "workspace/executeCommand", .object(params))
    return id
  }

  @Test func lintsEveryReportWithProgressAndSkipsOpenOnes() async throws {
    let folder = try workspace()
    defer { folder.remove() }
    let client = try await TestClient.initialized(
      capabilities: ["window": ["workDoneProgress": true]], rootURI: folder.uri)
    // The open buffer differs from the file on disk: its diagnostics stay those of the buffer.
    #expect(try await client.open(folder.uri("甲乙镇.txt"), "正文。")["diagnostics"] == [])
    let id = lint(client)
    let create = try await client.serverRequest("window/workDoneProgress/create")
    let token = try #require(create["params"]?["token"])
    client.respond(to: create, result: nil)
    let answer = try await client.response(id: .string(id))
    #expect(answer["result"] == ["files": 3, "findings": 2, "errors": []])

    let published = try await client.diagnostics(folder.uri("sub/丙丁县.md"))
    #expect(published["diagnostics"]?[0]?["code"] == "N104")
    #expect(published["diagnostics"]?[0]?["range"]?["start"] == position(1, 5))
    #expect(published["version"] == nil)
    #expect(try await client.diagnostics(folder.uri("clean.txt"))["diagnostics"] == [])
    let progress = client.received.filter { $0["method"] == "$/progress" }
    #expect(progress.allSatisfy { $0["params"]?["token"] == token })
    let kinds = progress.compactMap { $0["params"]?["value"]?["kind"]?.stringValue }
    #expect(kinds.first == "begin" && kinds.last == "end" && kinds.dropFirst().dropLast().allSatisfy { $0 == "report" })
    #expect(progress.last?["params"]?["value"]?["message"] == "已检查 3 个文件，发现 2 个问题")
    let percentages = progress.compactMap { $0["params"]?["value"]?["percentage"]?.intValue }
    #expect(percentages == percentages.sorted() && percentages.last == 100)
    // Nothing for the open report, the hidden folder or the CSV file.
    let uris = client.received.compactMap { $0["params"]?["uri"]?.stringValue }
    #expect(!uris.contains { $0.hasSuffix("甲乙镇.txt") || $0.hasSuffix(".csv") || $0.contains(".hidden") })
  }

  @Test func usesTheClientsTokenAndTheWaivers() async throws {
    let folder = try workspace()
    defer { folder.remove() }
    try folder.write(WaiverFile.fileName, bracketWaivers.replacingOccurrences(of: "report.txt", with: "甲乙镇.txt"))
    let client = try await TestClient.initialized(
      capabilities: ["window": ["workDoneProgress": true]], rootURI: folder.uri)
    let id = lint(client, token: "editor-token")
    let answer = try await client.response(id: .string(id))
    #expect(answer["result"]?["findings"] == 1)
    #expect(try await client.diagnostics(folder.uri("甲乙镇.txt"))["diagnostics"] == [])
    #expect(!client.received.contains { $0["method"] == "window/workDoneProgress/create" })
    #expect(client.received.filter { $0["method"] == "$/progress" }.allSatisfy { $0["params"]?["token"] == "editor-token" })
  }

  @Test func withoutProgressSupportOnlyDiagnosticsAreSent() async throws {
    let folder = try workspace()
    defer { folder.remove() }
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "ruleDocsURL": "https://example.org/rules.md"], rootURI: folder.uri)
    let id = lint(client)
    #expect(try await client.response(id: .string(id))["result"]?["files"] == 3)
    let published = try await client.diagnostics(folder.uri("甲乙镇.txt"))
    #expect(
      published["diagnostics"]?[0]?["codeDescription"]
        == ["href": "https://example.org/rules.md#n104-document-number-brackets"])
    #expect(!client.received.contains { $0["method"] == "$/progress" })
  }

  @Test func unreadableReportsAreReportedAndTheRestLinted() async throws {
    let folder = try workspace()
    defer { folder.remove() }
    try folder.write("gbk.txt", Data([0xD6, 0xD0, 0xCE, 0xC4]))
    let client = try await TestClient.initialized(rootURI: folder.uri)
    let id = lint(client)
    let answer = try await client.response(id: .string(id))
    #expect(answer["result"]?["files"] == 3)
    #expect(answer["result"]?["errors"]?[0]?.stringValue?.contains("gbk.txt") == true)
    let message = try await client.notification("window/showMessage")
    #expect(message["params"]?["message"]?.stringValue?.contains("不是 UTF-8") == true)
  }

  @Test func withoutAWorkspaceFolderTheCommandFails() async throws {
    let client = try await TestClient.initialized()
    let id = lint(client)
    #expect(errorCode(try await client.response(id: .string(id))) == -32803)
  }
}
