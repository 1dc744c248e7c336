import Foundation
import Testing

@testable import ReportLSP

@Suite struct LifecycleTests {
  @Test func initializeAdvertisesExactlyWhatIsImplemented() async throws {
    let client = TestClient()
    let response = try await client.request("initialize", ["processId": nil, "capabilities": [:]])
    let result = try #require(response["result"])
    #expect(result["serverInfo"] == ["name": "report-lsp", "version": .string(reportLSPVersion)])
    let capabilities = try #require(result["capabilities"]?.objectValue)
    #expect(
      Set(capabilities.keys) == [
        "positionEncoding", "textDocumentSync", "hoverProvider", "codeActionProvider", "documentSymbolProvider",
        "foldingRangeProvider", "inlayHintProvider", "completionProvider", "codeLensProvider",
        "executeCommandProvider",
      ])
    #expect(capabilities["positionEncoding"] == "utf-16")
    #expect(capabilities["textDocumentSync"] == ["openClose": true, "change": 2, "save": ["includeText": false]])
    #expect(capabilities["codeActionProvider"]?["codeActionKinds"] == ["quickfix", "source.fixAll"])
    #expect(capabilities["inlayHintProvider"] == true)
    #expect(
      capabilities["completionProvider"]
        == ["triggerCharacters": ["、", "）", ")", ".", "．"], "resolveProvider": false])
    #expect(capabilities["codeLensProvider"] == ["resolveProvider": false])
    #expect(
      capabilities["executeCommandProvider"] == [
        "commands": [
          "reportLSP.waive", "reportLSP.recordWaiver", "reportLSP.lintWorkspace", "reportLSP.showChecklist",
        ]
      ])
  }

  @Test(
    arguments: [
      (nil, "utf-16"), (["utf-8"], "utf-8"), (["utf-32", "utf-16"], "utf-32"), (["utf-16", "utf-8"], "utf-16"),
      (["utf-7", "utf-8"], "utf-8"), (["utf-7"], "utf-16"), ([], "utf-16"),
    ] as [([String]?, String)])
  func positionEncodingIsNegotiated(offered: [String]?, expected: String) async throws {
    let client = TestClient()
    var general: [String: JSONValue] = [:]
    if let offered { general["positionEncodings"] = .array(offered.map { .string($0) }) }
    let response = try await client.request("initialize", ["capabilities": ["general": .object(general)]])
    #expect(response["result"]?["capabilities"]?["positionEncoding"] == .string(expected))
  }

  @Test func requestsBeforeInitializeFailWithServerNotInitialized() async throws {
    let client = TestClient()
    #expect(errorCode(try await client.request("textDocument/hover", documentParams("file:///a"))) == -32002)
    #expect(errorCode(try await client.request("shutdown")) == -32002)
    #expect(errorCode(try await client.request("no/such/method")) == -32002)
    // Notifications before initialize are dropped: the document is not open afterwards.
    client.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///a", "version": 1, "text": "x"]])
    _ = try await client.request("initialize", ["capabilities": [:]])
    #expect(await client.text(of: "file:///a") == nil)
  }

  @Test func initializeTwiceIsAnInvalidRequest() async throws {
    let client = try await TestClient.initialized()
    #expect(errorCode(try await client.request("initialize", ["capabilities": [:]])) == -32600)
  }

  @Test func initializeWithBadParamsIsInvalidParams() async throws {
    let client = TestClient()
    #expect(errorCode(try await client.request("initialize", ["capabilities": 5])) == -32602)
    #expect(
      errorCode(try await client.request("initialize", ["capabilities": ["general": ["positionEncodings": 1]]]))
        == -32602)
    // The server is still uninitialized and can be initialized properly.
    #expect(try await client.request("initialize", ["capabilities": [:]])["result"] != nil)
  }

  @Test func shutdownThenExitEndsWithZero() async throws {
    let client = try await TestClient.initialized()
    let response = try await client.request("shutdown")
    #expect(response["result"] == .null)
    #expect(response.objectValue?.keys.contains("result") == true)
    #expect(errorCode(try await client.request("textDocument/hover", documentParams("file:///a"))) == -32600)
    #expect(errorCode(try await client.request("shutdown")) == -32600)
    client.notify("exit")
    #expect(try await client.exitCode() == 0)
  }

  @Test func exitWithoutShutdownEndsWithOne() async throws {
    let client = try await TestClient.initialized()
    client.notify("exit")
    #expect(try await client.exitCode() == 1)
  }

  @Test func exitBeforeInitializeEndsWithOne() async throws {
    let client = TestClient()
    client.notify("exit")
    #expect(try await client.exitCode() == 1)
  }

  @Test func messagesAfterExitAreIgnored() async throws {
    let client = try await TestClient.initialized()
    client.notify("exit")
    _ = try await client.exitCode()
    client.sendRequest(id: 99, "shutdown")
    client.notify("exit")
    try await Task.sleep(for: .milliseconds(50))
    #expect(client.received.isEmpty)
    #expect(client.reportedExitCodes == [1])
  }

  @Test func closedInputEndsLikeExit() async throws {
    let client = try await TestClient.initialized()
    client.closeInput()
    #expect(try await client.exitCode() == 1)

    let polite = try await TestClient.initialized()
    _ = try await polite.request("shutdown")
    polite.closeInput()
    #expect(try await polite.exitCode() == 0)
  }

  @Test func inputClosedMidMessageEndsTheServer() async throws {
    let client = try await TestClient.initialized()
    client.sendRaw("Content-Length: 100\r\n\r\n{\"jsonrpc\":\"2.0\",")
    client.closeInput()
    #expect(try await client.exitCode() == 1)
  }
}
