import Foundation
import Testing

@testable import ReportLSP

/// LSP 3.17 pull diagnostics and `workspace/configuration`.
@Suite struct PullDiagnosticsTests {
  static let pulling: JSONValue = [
    "textDocument": ["diagnostic": ["dynamicRegistration": false]],
    "workspace": ["diagnostics": ["refreshSupport": true], "applyEdit": true],
  ]

  @Test func aPullingClientGetsReportsWithResultIdsAndNoPushes() async throws {
    let client = TestClient()
    let initialize = try await client.request(
      "initialize", ["processId": nil, "capabilities": Self.pulling, "initializationOptions": ["debounceMs": 0]])
    #expect(initialize["result"]?["capabilities"]?["diagnosticProvider"]?["interFileDependencies"] == false)
    client.notify("initialized", [:])
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let uri = folder.uri("report.txt")
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(bracketText)]])
    let first = try await client.request("textDocument/diagnostic", documentParams(uri))
    #expect(first["result"]?["kind"] == "full" && first["result"]?["items"]?[0]?["code"] == "N104")
    let resultId = try #require(first["result"]?["resultId"])
    let again = try await client.request("textDocument/diagnostic", documentParams(uri, ["previousResultId": resultId]))
    #expect(again["result"] == ["kind": "unchanged", "resultId": resultId])
    client.change(uri, version: 2, [["range": range(0, 0, 0, 0), "text": "标题\n"]])
    let moved = try await client.request("textDocument/diagnostic", documentParams(uri, ["previousResultId": resultId]))
    #expect(moved["result"]?["kind"] == "full" && moved["result"]?["resultId"] != resultId)
    #expect(moved["result"]?["items"]?[0]?["range"]?["start"]?["line"] == 1)
    // A waiver recorded without an edit: the client is asked to pull again.
    let arguments = try #require(
      try await client.request(
        "textDocument/codeAction", documentParams(uri, ["range": range(1, 6, 1, 6), "context": ["diagnostics": []]])
      )["result"]?.arrayValue?.first { $0["command"] != nil }?["command"]?["arguments"]?[0])
    _ = try await client.request("workspace/executeCommand", ["command": "reportLSP.waive", "arguments": [arguments]])
    _ = try await client.serverRequest("workspace/diagnostic/refresh")
    let waived = try await client.request("textDocument/diagnostic", documentParams(uri))
    #expect(waived["result"]?["items"] == [])
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "textDocument/publishDiagnostics" })
  }

  @Test func anEditDuringAPullCancelsItForARetrigger() async throws {
    let client = TestClient()
    _ = try await client.request(
      "initialize", ["processId": nil, "capabilities": Self.pulling, "initializationOptions": ["debounceMs": 0]])
    client.notify("initialized", [:])
    client.gate.close()
    client.notify("textDocument/didOpen", ["textDocument": ["uri": "untitled:1", "version": 1, "text": .string(bracketText)]])
    client.sendRequest(id: 99, "textDocument/diagnostic", documentParams("untitled:1"))
    try await client.settle()
    client.change("untitled:1", version: 2, [["text": "正文"]])
    let cancelled = try await client.response(id: 99)
    #expect(errorCode(cancelled) == -32802 && cancelled["error"]?["data"] == ["retriggerRequest": true])
    client.gate.open()
  }

  @Test func clientsThatCannotBeAskedToPullAgainArePushedTo() async throws {
    let client = TestClient()
    let initialize = try await client.request(
      "initialize", ["processId": nil, "capabilities": ["textDocument": ["diagnostic": [:]]], "initializationOptions": ["debounceMs": 0]])
    #expect(initialize["result"]?["capabilities"]?["diagnosticProvider"] == nil)
    client.notify("initialized", [:])
    #expect(try await client.open("untitled:1", bracketText)["diagnostics"]?.count == 1)
  }

  @Test func settingsAreReadWithWorkspaceConfiguration() async throws {
    let client = try await TestClient.initialized(capabilities: ["workspace": ["configuration": true]])
    let request = try await client.serverRequest("workspace/configuration")
    #expect(request["params"]?["items"] == [["section": "reportLSP"]])
    client.respond(to: request, result: [["disabledRules": ["N104"]]])
    try await client.settle()
    #expect(try await client.open("untitled:1", bracketText)["diagnostics"] == [])
    // A change notification (null settings, the pull model's "something changed") asks again.
    client.notify("workspace/didChangeConfiguration", ["settings": nil])
    client.respond(to: try await client.serverRequest("workspace/configuration"), result: [nil])
    try await client.settle()
    // A null answer leaves the settings as they were.
    client.change("untitled:1", version: 2, [["text": .string(bracketText)]])
    #expect(try await client.diagnostics("untitled:1", version: 2)["diagnostics"] == [])
  }
}
