import Foundation
import Testing

@testable import ReportLSP

/// Applies LSP text edits (positions in `encoding`) the way an editor does.
func applying(_ edits: [JSONValue], to text: String, encoding: String = "utf-16") -> String {
  var reference = ReferenceText(text)
  let resolved = edits.map { edit -> (Int, Int, String) in
    func offset(_ position: JSONValue?) -> Int {
      reference.offset(
        line: position?["line"]?.intValue ?? 0, character: position?["character"]?.intValue ?? 0, encoding)
    }
    return (offset(edit["range"]?["start"]), offset(edit["range"]?["end"]), edit["newText"]?.stringValue ?? "")
  }
  for (start, end, newText) in resolved.sorted(by: { $0.0 > $1.0 }) {
    reference.replace(from: start, to: end, with: newText)
  }
  return reference.string
}

@Suite struct CodeActionTests {
  let uri = "file:///actions.txt"

  private func codeActions(_ client: TestClient, _ range: JSONValue, only: [String]? = nil) async throws -> JSONValue {
    var context: [String: JSONValue] = ["diagnostics": []]
    if let only { context["only"] = .array(only.map { .string($0) }) }
    return try await client.request(
      "textDocument/codeAction", documentParams(uri, ["range": range, "context": .object(context)]))
  }

  @Test func aSafeFixIsAPreferredQuickFixWithAVersionedEditThatRemovesTheDiagnostic() async throws {
    let client = try await TestClient.initialized()
    let published = try await client.open(uri, bracketText, version: 3)
    let actions = try #require(try await codeActions(client, range(0, 7, 0, 7))["result"])
    let quickFix = try #require(actions[0])
    #expect(quickFix["title"] == "改为〔2021〕")
    #expect(quickFix["kind"] == "quickfix")
    #expect(quickFix["isPreferred"] == true)
    #expect(quickFix["diagnostics"] == published["diagnostics"])
    let change = try #require(quickFix["edit"]?["documentChanges"]?[0])
    #expect(change["textDocument"] == ["uri": .string(uri), "version": 3])
    #expect(quickFix["edit"]?["changes"] == nil)
    let edits = try #require(change["edits"]?.arrayValue)
    let fixed = applying(edits, to: bracketText)
    #expect(fixed == "根据绥财绩〔2021〕6号文件")

    client.change(uri, version: 4, edits.map { ["range": $0["range"]!, "text": $0["newText"]!] })
    let after = try await client.diagnostics(uri, version: 4)
    #expect(after["diagnostics"] == [])
    #expect(await client.text(of: uri) == fixed)
    #expect(try await codeActions(client, range(0, 0, 0, 20))["result"] == [])
  }

  @Test func fixAllAppliesEverySafeFix() async throws {
    let client = try await TestClient.initialized()
    let text = bracketText + "\n另见甲财预[2020]12号。\n" + bracketText
    try await client.open(uri, text)
    let actions = try #require(try await codeActions(client, range(1, 6, 1, 6))["result"]?.arrayValue)
    // The fix, "忽略此处…", then fix-all.
    #expect(actions.map { $0["kind"] } == ["quickfix", "quickfix", "source.fixAll"])
    let fixAll = actions[2]
    #expect(fixAll["isPreferred"] == nil && fixAll["diagnostics"] == nil)
    let edits = try #require(fixAll["edit"]?["documentChanges"]?[0]?["edits"]?.arrayValue)
    #expect(edits.count == 6)
    #expect(
      applying(edits, to: text)
        == text.replacingOccurrences(of: "[", with: "〔").replacingOccurrences(of: "]", with: "〕"))
  }

  @Test(
    arguments: [
      (["quickfix"], ["quickfix", "quickfix"]), (["source.fixAll"], ["source.fixAll"]), (["source"], ["source.fixAll"]),
      (["refactor"], []), (["quickfix", "source"], ["quickfix", "quickfix", "source.fixAll"]),
    ] as [([String], [String])])
  func onlyFiltersByKindHierarchy(only: [String], kinds: [String]) async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, bracketText)
    let actions = try #require(try await codeActions(client, range(0, 6, 0, 6), only: only)["result"]?.arrayValue)
    #expect(actions.map { $0["kind"]?.stringValue ?? "" } == kinds)
  }

  @Test func clientsWithoutDocumentChangesGetAChangesMap() async throws {
    let client = try await TestClient.initialized(versionedEdits: false)
    try await client.open(uri, bracketText)
    let action = try #require(try await codeActions(client, range(0, 6, 0, 6))["result"]?[0])
    #expect(action["edit"]?["documentChanges"] == nil)
    #expect(action["edit"]?["changes"]?[uri]?.count == 2)
  }

  @Test func aRequestAfterAnEditIsAnsweredForTheNewVersion() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 10000])
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "正文"]])
    client.change(uri, version: 2, [["text": .string("第一行\n" + bracketText)]])
    // The request skips the debounce and waits for the analysis of version 2.
    let action = try #require(try await codeActions(client, range(1, 6, 1, 6))["result"]?[0])
    #expect(action["edit"]?["documentChanges"]?[0]?["textDocument"]?["version"] == 2)
    #expect(action["edit"]?["documentChanges"]?[0]?["edits"]?[0]?["range"] == range(1, 5, 1, 6))
  }

  @Test func aRequestOvertakenByAnEditFailsWithContentModified() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 10000])
    client.gate.close()
    client.notify(
      "textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(bracketText)]])
    client.sendRequest(
      id: "overtaken", "textDocument/codeAction", documentParams(uri, ["range": range(0, 6, 0, 6), "context": [:]]))
    client.change(uri, version: 2, [["range": range(0, 0, 0, 0), "text": "甲"]])
    #expect(errorCode(try await client.response(id: "overtaken")) == -32801)
    client.gate.open()
    let action = try #require(try await codeActions(client, range(0, 7, 0, 7))["result"]?[0])
    #expect(action["edit"]?["documentChanges"]?[0]?["textDocument"]?["version"] == 2)
    #expect(action["edit"]?["documentChanges"]?[0]?["edits"]?[0]?["range"] == range(0, 6, 0, 7))
  }

  @Test func aWaitingRequestCanBeCancelled() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 10000])
    client.gate.close()
    client.notify(
      "textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(bracketText)]])
    client.sendRequest(id: 41, "textDocument/hover", documentParams(uri, ["position": position(0, 6)]))
    client.notify("$/cancelRequest", ["id": 41])
    #expect(errorCode(try await client.response(id: 41)) == -32800)
    client.gate.open()
    // Cancelling an answered or unknown request does nothing.
    client.notify("$/cancelRequest", ["id": 41])
    client.notify("$/cancelRequest", ["id": "nobody"])
    let hover = try await client.request("textDocument/hover", documentParams(uri, ["position": position(0, 6)]))
    #expect(hover["result"]?["contents"] != nil)
  }

  @Test func unknownDocumentsGetEmptyAnswers() async throws {
    let client = try await TestClient.initialized()
    #expect(try await codeActions(client, range(0, 0, 0, 0))["result"] == [])
  }

  @Test func badParamsAreInvalidParams() async throws {
    let client = try await TestClient.initialized()
    try await client.open(uri, bracketText)
    #expect(errorCode(try await client.request("textDocument/codeAction", documentParams(uri))) == -32602)
    #expect(
      errorCode(
        try await client.request("textDocument/codeAction", documentParams(uri, ["range": "all", "context": [:]])))
        == -32602)
  }
}
