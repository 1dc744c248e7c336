import Foundation
import Testing

@testable import ReportLSP

extension TemporaryFolder {
  /// The folder's absolute path, as the server derives it from a file: URI.
  var path: String { url.standardizedFileURL.path }

  var uri: String { LintCommand.fileURI(path) }

  func uri(_ name: String) -> String { LintCommand.fileURI(path + "/" + name) }
}

/// The side file with one waiver of the N104 finding in `bracketText`.
let bracketWaivers = """
  {"version": 1, "files": {"report.txt": [
    {"code": "N104", "text": "[2021]", "before": "根据绥财绩", "after": "6号文件", "reason": "引用原文"}
  ]}}
  """

/// A client that applies workspace edits, creates files, and watches files.
let editingCapabilities: JSONValue = [
  "workspace": [
    "applyEdit": true, "workspaceEdit": ["documentChanges": true, "resourceOperations": ["create"]],
    "didChangeWatchedFiles": ["dynamicRegistration": true],
  ]
]

@Suite struct ServerWaiverTests {
  @Test func waiversInTheSideFileSilenceTheirFindings() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(WaiverFile.fileName, bracketWaivers)
    let client = try await TestClient.initialized()
    #expect(try await client.open(folder.uri("report.txt"), bracketText)["diagnostics"] == [])
    // Another report in the folder, and a document without a folder, keep the finding.
    #expect(try await client.open(folder.uri("other.txt"), bracketText)["diagnostics"]?.count == 1)
    #expect(try await client.open("untitled:Untitled-1", bracketText)["diagnostics"]?.count == 1)
    // Editing the waived text retires the waiver.
    client.change(folder.uri("report.txt"), version: 2, [["text": .string("根据绥财绩[2022]6号文件")]])
    #expect(try await client.diagnostics(folder.uri("report.txt"), version: 2)["diagnostics"]?.count == 1)
  }

  @Test func aSideFileChangedOnDiskIsReadAgain() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let client = try await TestClient.initialized(capabilities: editingCapabilities)
    // The client is asked to watch the side files.
    let registration = try await client.serverRequest("client/registerCapability")
    #expect(registration["params"]?["registrations"]?[0]?["method"] == "workspace/didChangeWatchedFiles")
    client.respond(to: registration, result: nil)
    let uri = folder.uri("report.txt")
    #expect(try await client.open(uri, bracketText)["diagnostics"]?.count == 1)

    try folder.write(WaiverFile.fileName, bracketWaivers)
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(folder.uri(WaiverFile.fileName)), "type": 1]]])
    let waived = try await client.diagnostics(uri)
    #expect(waived["diagnostics"] == [] && waived["version"] == 1)

    // Without a watcher event, the next save (or analysis) notices the change.
    try FileManager.default.removeItem(atPath: folder.path + "/" + WaiverFile.fileName)
    client.notify("textDocument/didSave", documentParams(uri))
    #expect(try await client.diagnostics(uri)["diagnostics"]?.count == 1)
    try folder.write(WaiverFile.fileName, bracketWaivers)
    client.change(uri, version: 2, [["range": range(0, 0, 0, 0), "text": "标题\n"]])
    #expect(try await client.diagnostics(uri, version: 2)["diagnostics"] == [])
  }

  @Test func aBrokenSideFileIsReportedAndWaivesNothing() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(WaiverFile.fileName, "{")
    let client = try await TestClient.initialized()
    let uri = folder.uri("report.txt")
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(bracketText)]])
    let message = try await client.notification("window/showMessage")
    #expect(message["params"]?["message"]?.stringValue?.contains(WaiverFile.fileName) == true)
    #expect(try await client.diagnostics(uri)["diagnostics"]?.count == 1)
  }

  /// Sends `reportLSP.recordWaiver` for the finding on `line` with `reason`, as request `id`.
  private func sendRecordWaiver(_ client: TestClient, _ uri: String, line: Int, reason: String, id: JSONValue)
    async throws
  {
    var arguments = try #require(try await waiveAction(client, uri, line: line)["command"]?["arguments"]?[0]?.objectValue)
    arguments["reason"] = .string(reason)
    client.sendRequest(id: id, "workspace/executeCommand", ["command": "reportLSP.recordWaiver", "arguments": [.object(arguments)]])
  }

  /// The "忽略此处…" action of the finding at the start of line 0.
  private func waiveAction(_ client: TestClient, _ uri: String, line: Int = 0) async throws -> JSONValue {
    let response = try await client.request(
      "textDocument/codeAction", documentParams(uri, ["range": range(line, 6, line, 6), "context": ["diagnostics": []]]))
    let actions = try #require(response["result"]?.arrayValue)
    return try #require(actions.first { $0["command"]?["command"] == "reportLSP.waive" })
  }

  @Test func theWaiveActionCarriesThePlaceAndComesAfterTheFixes() async throws {
    let client = try await TestClient.initialized()
    let uri = "file:///tmp/report.txt"
    try await client.open(uri, bracketText)
    let response = try await client.request(
      "textDocument/codeAction", documentParams(uri, ["range": range(0, 6, 0, 6), "context": ["diagnostics": []]]))
    let actions = try #require(response["result"]?.arrayValue)
    #expect(actions.map { $0["title"]?.stringValue ?? "" } == ["改为〔2021〕", "忽略此处…（N104 发文字号年份括号不规范）", "修复所有可安全修复的问题（2 处修改）"])
    let waive = actions[1]
    #expect(waive["kind"] == "quickfix" && waive["edit"] == nil)
    #expect(waive["diagnostics"] == actions[0]["diagnostics"])
    #expect(
      waive["command"]?["arguments"]
        == [["uri": .string(uri), "code": "N104", "text": "[2021]", "before": "根据绥财绩", "after": "6号文件"]])
    // Documents without a folder cannot hold a side file: no action.
    try await client.open("untitled:Untitled-1", bracketText)
    let untitled = try await client.request(
      "textDocument/codeAction",
      documentParams("untitled:Untitled-1", ["range": range(0, 6, 0, 6), "context": ["diagnostics": []]]))
    #expect(untitled["result"]?.arrayValue?.contains { $0["command"] != nil } == false)
  }

  @Test func recordWaiverCreatesTheSideFileThroughAWorkspaceEdit() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let client = try await TestClient.initialized(capabilities: editingCapabilities)
    client.respond(to: try await client.serverRequest("client/registerCapability"), result: nil)
    let uri = folder.uri("report.txt")
    let text = bracketText + "\n另见甲财预[2020]12号。"
    #expect(try await client.open(uri, text)["diagnostics"]?.count == 2)

    // First waiver: the file does not exist, so the edit creates it.
    try await sendRecordWaiver(client, uri, line: 0, reason: "  引用上级文件原文  ", id: "record-1")
    let apply = try await client.serverRequest("workspace/applyEdit")
    let changes = try #require(apply["params"]?["edit"]?["documentChanges"]?.arrayValue)
    let sideURI = folder.uri(WaiverFile.fileName)
    #expect(changes.count == 2)
    #expect(changes[0] == ["kind": "create", "uri": .string(sideURI), "options": ["overwrite": false, "ignoreIfExists": true]])
    #expect(changes[1]["textDocument"] == ["uri": .string(sideURI), "version": nil])
    let created = try #require(changes[1]["edits"]?.arrayValue)
    try folder.write(WaiverFile.fileName, applying(created, to: ""))
    client.respond(to: apply, result: ["applied": true])
    let answer = try await client.response(id: "record-1")
    #expect(answer["result"]?["waiverFile"] == .string(sideURI))
    let remaining = try await client.diagnostics(uri)
    #expect(remaining["diagnostics"]?.count == 1 && remaining["diagnostics"]?[0]?["range"]?["start"]?["line"] == 1)
    let file = try WaiverFile.parse(Data(try folder.read(WaiverFile.fileName).utf8)).get()
    #expect(file.waivers(forReport: folder.path + "/report.txt").map(\.reason) == ["引用上级文件原文"])

    // Second waiver: the file exists, so the edit replaces its whole text.
    try await sendRecordWaiver(client, uri, line: 1, reason: "外县文件", id: "record-2")
    let second = try await client.serverRequest("workspace/applyEdit")
    let edit = try #require(second["params"]?["edit"]?["documentChanges"]?[0])
    #expect(edit["textDocument"] == ["uri": .string(sideURI), "version": nil])
    let before = try folder.read(WaiverFile.fileName)
    let after = applying(try #require(edit["edits"]?.arrayValue), to: before)
    #expect(try WaiverFile.parse(Data(after.utf8)).get().waivers(forReport: "report.txt").count == 2)
    // The client applies the edit to its buffer but has not saved it yet: the waiver is in force anyway.
    client.respond(to: second, result: ["applied": true])
    _ = try await client.response(id: "record-2")
    #expect(try await client.diagnostics(uri)["diagnostics"] == [])
    // Saving it changes nothing.
    try folder.write(WaiverFile.fileName, after)
    client.notify("textDocument/didSave", documentParams(uri))
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "textDocument/publishDiagnostics" })
  }

  @Test func clientsWithoutDocumentChangesGetAChangesMapForAnExistingFile() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(WaiverFile.fileName, "{\"version\": 1, \"files\": {}}\n")
    let client = try await TestClient.initialized(capabilities: ["workspace": ["applyEdit": true]])
    let uri = folder.uri("report.txt")
    try await client.open(uri, bracketText)
    let arguments = try #require(try await waiveAction(client, uri)["command"]?["arguments"]?[0])
    client.sendRequest(id: "waive", "workspace/executeCommand", ["command": "reportLSP.waive", "arguments": [arguments]])
    let apply = try await client.serverRequest("workspace/applyEdit")
    let edits = try #require(apply["params"]?["edit"]?["changes"]?[folder.uri(WaiverFile.fileName)]?.arrayValue)
    #expect(edits.first?["range"] == range(0, 0, 1, 0))
    client.respond(to: apply, result: ["applied": true])
    _ = try await client.response(id: "waive")
    #expect(try await client.diagnostics(uri)["diagnostics"] == [])
  }

  @Test func withoutApplyEditTheServerWritesTheSideFileItself() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let client = try await TestClient.initialized()
    let uri = folder.uri("report.txt")
    try await client.open(uri, bracketText)
    let arguments = try #require(try await waiveAction(client, uri)["command"]?["arguments"]?[0])
    // A client without its own reportLSP.waive sends it to the server: the reason is a placeholder.
    let answer = try await client.request("workspace/executeCommand", ["command": "reportLSP.waive", "arguments": [arguments]])
    #expect(answer["result"]?["path"] == .string(folder.path + "/" + WaiverFile.fileName))
    #expect(try await client.diagnostics(uri)["diagnostics"] == [])
    let file = try WaiverFile.parse(Data(try folder.read(WaiverFile.fileName).utf8)).get()
    #expect(file.waivers(forReport: "report.txt").map(\.reason) == ["未填写理由"])
  }

  @Test func aRefusedEditFailsTheCommandAndWaivesNothing() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let client = try await TestClient.initialized(capabilities: editingCapabilities)
    client.respond(to: try await client.serverRequest("client/registerCapability"), result: nil)
    let uri = folder.uri("report.txt")
    try await client.open(uri, bracketText)
    try await sendRecordWaiver(client, uri, line: 0, reason: "原文", id: "refused")
    client.respond(to: try await client.serverRequest("workspace/applyEdit"), result: ["applied": false, "failureReason": "只读"])
    let answer = try await client.response(id: "refused")
    #expect(errorCode(answer) == -32803)
    #expect(answer["error"]?["message"]?.stringValue?.contains("只读") == true)
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "textDocument/publishDiagnostics" })
    #expect((try? folder.read(WaiverFile.fileName)) == nil)
  }

  /// What Neovim does: the edit goes into a buffer that stays unsaved, and the file on disk keeps its old
  /// text. The second waiver must be computed against the buffer, not the disk.
  @Test func aSecondWaiverLandsInTheUnsavedBufferOfTheFirst() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let onDisk = "{\n  \"comment\": \"复核人：李四\",\n  \"version\": 1,\n  \"files\": {}\n}\n"
    try folder.write(WaiverFile.fileName, onDisk)
    let client = try await TestClient.initialized(capabilities: ["workspace": ["applyEdit": true]])
    let uri = folder.uri("report.txt")
    #expect(try await client.open(uri, bracketText + "\n另见甲财预[2020]12号。")["diagnostics"]?.count == 2)
    var buffer = onDisk
    var published: JSONValue = nil
    for (line, reason) in [(0, "引用原文"), (1, "外县文件")] {
      try await sendRecordWaiver(client, uri, line: line, reason: reason, id: .string(reason))
      let apply = try await client.serverRequest("workspace/applyEdit")
      let edits = try #require(apply["params"]?["edit"]?["changes"]?[folder.uri(WaiverFile.fileName)]?.arrayValue)
      buffer = applying(edits, to: buffer)
      client.respond(to: apply, result: ["applied": true])
      #expect(try await client.response(id: .string(reason))["result"] != nil)
      published = try await client.diagnostics(uri)
    }
    #expect(published["diagnostics"] == [])
    #expect(try folder.read(WaiverFile.fileName) == onDisk)
    let file = try WaiverFile.parse(text: buffer).get()
    #expect(file.waivers(forReport: "report.txt").map(\.reason) == ["引用原文", "外县文件"])
    #expect(buffer.contains("\"comment\": \"复核人：李四\""))
  }

  /// Two waivers recorded before the editor answered the first edit: the second waits, then is computed
  /// against the text the first produced.
  @Test func waiversRecordedBackToBackAreAppliedOneAfterTheOther() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let client = try await TestClient.initialized(capabilities: editingCapabilities)
    client.respond(to: try await client.serverRequest("client/registerCapability"), result: nil)
    let uri = folder.uri("report.txt")
    try await client.open(uri, bracketText + "\n另见甲财预[2020]12号。")
    for (line, reason) in [(0, "引用原文"), (1, "外县文件")] {
      try await sendRecordWaiver(client, uri, line: line, reason: reason, id: .string(reason))
    }
    let first = try await client.serverRequest("workspace/applyEdit")
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "workspace/applyEdit" })
    var buffer = ""
    for change in try #require(first["params"]?["edit"]?["documentChanges"]?.arrayValue) where change["edits"] != nil {
      buffer = applying(try #require(change["edits"]?.arrayValue), to: buffer)
    }
    client.respond(to: first, result: ["applied": true])
    let second = try await client.serverRequest("workspace/applyEdit")
    let edit = try #require(second["params"]?["edit"]?["documentChanges"]?[0])
    buffer = applying(try #require(edit["edits"]?.arrayValue), to: buffer)
    client.respond(to: second, result: ["applied": true])
    _ = try await client.response(id: "引用原文")
    _ = try await client.response(id: "外县文件")
    let file = try WaiverFile.parse(text: buffer).get()
    #expect(file.waivers(forReport: "report.txt").map(\.reason) == ["引用原文", "外县文件"])
  }

  /// A client that synchronises the side file gets an edit against the version it holds.
  @Test func aSynchronisedSideFileIsEditedAtItsVersion() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var capabilities = editingCapabilities
    capabilities = .object(
      (capabilities.objectValue ?? [:]).merging(["textDocument": ["synchronization": ["dynamicRegistration": true]]]) { $1 })
    let client = try await TestClient.initialized(capabilities: capabilities)
    let registration = try await client.serverRequest("client/registerCapability")
    let methods = registration["params"]?["registrations"]?.arrayValue?.compactMap { $0["method"]?.stringValue } ?? []
    #expect(methods.contains("textDocument/didOpen") && methods.contains("textDocument/didChange"))
    client.respond(to: registration, result: nil)
    let sideURI = folder.uri(WaiverFile.fileName)
    let unsaved = "{\"version\": 1, \"files\": {\"other.txt\": []}, \"note\": \"未保存\"}"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(sideURI), "languageId": "json", "version": 7, "text": .string(unsaved)]])
    let uri = folder.uri("report.txt")
    try await client.open(uri, bracketText)
    try await sendRecordWaiver(client, uri, line: 0, reason: "原文", id: "synced")
    let apply = try await client.serverRequest("workspace/applyEdit")
    let edit = try #require(apply["params"]?["edit"]?["documentChanges"]?[0])
    #expect(edit["textDocument"] == ["uri": .string(sideURI), "version": 7])
    let buffer = applying(try #require(edit["edits"]?.arrayValue), to: unsaved)
    #expect(buffer.contains("\"note\": \"未保存\""))
    client.change(sideURI, version: 8, [["text": .string(buffer)]])
    client.respond(to: apply, result: ["applied": true])
    _ = try await client.response(id: "synced")
    #expect(try await client.diagnostics(uri)["diagnostics"] == [])
    #expect((try? folder.read(WaiverFile.fileName)) == nil)
  }

  @Test func aBrokenSideFileIsReportedOnceWithWhereAndNeverOverwritten() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let broken = "{\n  \"version\": 1,\n  \"files\": {\n    \"report.txt\": [\n      {\"code\": \"N104\",}\n"
    try folder.write(WaiverFile.fileName, broken)
    let client = try await TestClient.initialized()
    let uri = folder.uri("report.txt")
    try await client.open(uri, bracketText)
    let message = try await client.notification("window/showMessage")
    #expect(message["params"]?["message"]?.stringValue?.contains("第 5 行第 23 列：最后一项后面多了逗号") == true)
    client.change(uri, version: 2, [["range": range(0, 0, 0, 0), "text": "标题\n"]])
    _ = try await client.diagnostics(uri, version: 2)
    let arguments = try #require(try await waiveAction(client, uri, line: 1)["command"]?["arguments"]?[0])
    let answer = try await client.request("workspace/executeCommand", ["command": "reportLSP.waive", "arguments": [arguments]])
    #expect(errorCode(answer) == -32803)
    #expect(answer["error"]?["message"]?.stringValue?.contains("第 5 行第 23 列") == true)
    try await client.settle()
    #expect(!client.received.contains { $0["method"] == "window/showMessage" })
    #expect(try folder.read(WaiverFile.fileName) == broken)
  }

  @Test(
    arguments: [
      ["command": "reportLSP.recordWaiver"] as JSONValue,
      ["command": "reportLSP.recordWaiver", "arguments": [["uri": "file:///tmp/r.txt"]]],
      [
        "command": "reportLSP.recordWaiver",
        "arguments": [["uri": "file:///tmp/r.txt", "code": "N104", "text": "[", "before": "", "after": "", "reason": " "]],
      ],
      [
        "command": "reportLSP.recordWaiver",
        "arguments": [["uri": "untitled:1", "code": "N104", "text": "[", "before": "", "after": "", "reason": "x"]],
      ],
      ["command": "reportLSP.noSuchCommand"],
    ])
  func badCommandsAreInvalidParams(params: JSONValue) async throws {
    let client = try await TestClient.initialized()
    #expect(errorCode(try await client.request("workspace/executeCommand", params)) == -32602)
  }
}
