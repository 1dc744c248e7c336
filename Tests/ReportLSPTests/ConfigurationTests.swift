import Foundation
import Testing

@testable import ReportLSP

@Suite struct ConfigurationTests {
  @Test func initializationOptionsDisableRules() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "disabledRules": ["N104"]])
    #expect(try await client.open("file:///a.txt", bracketText)["diagnostics"] == [])
  }

  @Test(arguments: [true, false])
  func pushedConfigurationReanalysesOpenDocuments(nested: Bool) async throws {
    let client = try await TestClient.initialized()
    let uri = "file:///a.txt"
    #expect(try await client.open(uri, bracketText)["diagnostics"]?.count == 1)
    let disabling: JSONValue = ["debounceMs": 0, "disabledRules": ["N104"]]
    client.notify("workspace/didChangeConfiguration", ["settings": nested ? ["reportLSP": disabling] : disabling])
    let silenced = try await client.diagnostics(uri)
    #expect(silenced["version"] == 1)
    #expect(silenced["diagnostics"] == [])
    client.notify("workspace/didChangeConfiguration", ["settings": ["reportLSP": ["disabledRules": []]]])
    #expect(try await client.diagnostics(uri)["diagnostics"]?.count == 1)
  }

  @Test func nullSettingsChangeNothing() async throws {
    let client = try await TestClient.initialized()
    try await client.open("file:///a.txt", bracketText)
    client.notify("workspace/didChangeConfiguration", ["settings": nil])
    client.notify("workspace/didChangeConfiguration", [:])
    try await client.settle()
    #expect(client.received.isEmpty)
  }

  @Test func aBadGazetteerPathIsReportedAndTheServerKeepsServing() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "gazetteerPath": "/nonexistent/乡镇.csv"])
    let message = try await client.notification("window/showMessage")
    #expect(message["params"]?["type"] == 2)
    #expect(message["params"]?["message"]?.stringValue?.contains("/nonexistent/乡镇.csv") == true)
    #expect(try await client.open("file:///a.txt", bracketText)["diagnostics"]?.count == 1)
    client.notify("workspace/didChangeConfiguration", ["settings": ["gazetteerPath": "/also/missing.csv"]])
    _ = try await client.notification("window/showMessage")
    let hover = try await client.request(
      "textDocument/hover", documentParams("file:///a.txt", ["position": position(0, 6)]))
    #expect(hover["result"]?["contents"] != nil)
  }

  @Test func aReadableGazetteerLoadsSilently() async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID()).csv").path
    try "code,province,city,county,township\n1,甲省,乙市,丙丁县,甲乙镇\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "gazetteerPath": .string(path)])
    try await client.open("file:///a.txt", "正文")
    #expect(client.received.isEmpty)
  }

  @Test func badSettingsAreReported() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": "soon", "noSuchKey": 1])
    let message = try await client.notification("window/showMessage")
    let text = try #require(message["params"]?["message"]?.stringValue)
    #expect(text.contains("debounceMs") && text.contains("noSuchKey"))
    #expect(try await client.open("file:///a.txt", bracketText)["diagnostics"]?.count == 1)
  }

  @Test func serverBehaviourSettingsReachTheServerState() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0, "inlayHints": false])
    #expect(await client.connection.server.settings.inlayHints == false)
    client.notify("workspace/didChangeConfiguration", ["settings": ["reportLSP": ["inlayHints": true]]])
    try await client.settle()
    #expect(await client.connection.server.settings.inlayHints == true)
  }

  @Test func ruleDocsURLReachesPublishedDiagnosticsAndCodeActions() async throws {
    let uri = "file:///a.txt"
    let plain = try await TestClient.initialized()
    #expect(try await plain.open(uri, bracketText)["diagnostics"]?[0]?["codeDescription"] == nil)
    let base = "file:///opt/report-lsp/docs/rules.md"
    let linked = try await TestClient.initialized(options: ["debounceMs": 0, "ruleDocsURL": .string(base)])
    let published = try await linked.open(uri, bracketText)
    let link: JSONValue = ["href": .string(base + "#n104-document-number-brackets")]
    #expect(published["diagnostics"]?[0]?["codeDescription"] == link)
    let actions = try await linked.request(
      "textDocument/codeAction", documentParams(uri, ["range": range(0, 6, 0, 6), "context": [:]]))
    #expect(actions["result"]?[0]?["diagnostics"] == published["diagnostics"])
  }
}
