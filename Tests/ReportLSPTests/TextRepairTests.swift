import Foundation
import Testing

@testable import ReportLSP

@Suite struct TextRepairTests {
  /// A didOpen body as an editor writes it, with `text` inserted as raw JSON string content.
  private func didOpen(_ uri: String, rawText: [UInt8]) -> Data {
    let head = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":""# + uri
      + #"","languageId":"plaintext","version":1,"text":""#
    return Data(Array(head.utf8) + rawText + Array(#""}}}"#.utf8))
  }

  @Test func bodyRepairReplacesOnlyWhatADecoderWouldReject() {
    func repaired(_ bytes: [UInt8]) -> (String, BodyRepair) {
      let (body, repair) = BodyRepair.repair(Data(bytes))
      return (String(decoding: body, as: UTF8.self), repair)
    }
    let pair = #""\ud83d\ude00 \\ud800 \"\ud800""#
    #expect(repaired(Array(pair.utf8)).0 == #""\ud83d\ude00 \\ud800 \"\ufffd""#)
    #expect(repaired(Array(#""\uDC00x""#.utf8)) == (#""\ufffdx""#, BodyRepair(loneSurrogates: 1, invalidBytes: 0)))
    // A surrogate written raw (WTF-8) is one character; other bad bytes are one each.
    let raw: [UInt8] = [0x22, 0xED, 0xA0, 0x80, 0xFF, 0xE4, 0xB8, 0x22]
    #expect(repaired(raw) == ("\"\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\"", BodyRepair(loneSurrogates: 1, invalidBytes: 3)))
    let valid = Data(#"{"text":"甲乙😀"}"#.utf8)
    #expect(BodyRepair.repair(valid).body == valid && BodyRepair.repair(valid).repair.isEmpty)
  }

  @Test(arguments: ["utf-16", "utf-8", "utf-32"])
  func loneSurrogatesAreAcceptedWithPositionsAsTheClientCountsThem(encoding: String) async throws {
    let client = try await TestClient.initialized(encoding: [encoding])
    let uri = "file:///tmp/repair.txt"
    client.sendRaw(MessageFraming.frame(didOpen(uri, rawText: Array(#"甲\ud800乙\udc00丙"#.utf8))))
    let message = try await client.notification("window/showMessage")
    #expect(message["params"]?["message"]?.stringValue?.contains("2 个孤立的 UTF-16 代理项") == true)
    _ = try await client.diagnostics(uri, version: 1)
    #expect(await client.text(of: uri) == "甲\u{FFFD}乙\u{FFFD}丙")
    // The client counts its lone surrogate as one UTF-16 unit (three bytes in UTF-8, one scalar): the
    // edit after it lands where the client meant.
    let width = ["utf-16": 1, "utf-8": 3, "utf-32": 1][encoding]!
    let start = 4 * width
    client.change(uri, version: 2, [["range": range(0, start, 0, start + width), "text": "丁"]])
    _ = try await client.diagnostics(uri, version: 2)
    #expect(await client.text(of: uri) == "甲\u{FFFD}乙\u{FFFD}丁")
    // Told once per document.
    let change = #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":""# + uri
      + #"","version":3},"contentChanges":[{"text":"\udbff"}]}}"#
    client.sendRaw(MessageFraming.frame(Data(change.utf8)))
    _ = try await client.diagnostics(uri, version: 3)
    #expect(await client.text(of: uri) == "\u{FFFD}")
    #expect(!client.received.contains { $0["method"] == "window/showMessage" })
  }

  /// An editor that keeps a buffer's invalid bytes counts each as one unit: U+FFFD keeps that count in
  /// UTF-16 and UTF-32; in UTF-8, where U+FFFD is three bytes, U+001A (SUBSTITUTE) stands in.
  @Test(arguments: [("utf-16", "\u{FFFD}", 1), ("utf-32", "\u{FFFD}", 1), ("utf-8", "\u{1A}", 3)])
  func invalidUTF8IsAcceptedByteByByte(encoding: String, standIn: String, han: Int) async throws {
    let client = try await TestClient.initialized(encoding: [encoding])
    let uri = "file:///tmp/bytes.txt"
    client.sendRaw(MessageFraming.frame(didOpen(uri, rawText: Array("甲".utf8) + [0xD6, 0xD0] + Array("乙".utf8))))
    let message = try await client.notification("window/showMessage")
    #expect(message["params"]?["message"]?.stringValue?.contains("2 个无效的 UTF-8 字节") == true)
    _ = try await client.diagnostics(uri, version: 1)
    #expect(await client.text(of: uri) == "甲" + standIn + standIn + "乙")
    client.change(uri, version: 2, [["range": range(0, han + 2, 0, 2 * han + 2), "text": "丙"]])
    _ = try await client.diagnostics(uri, version: 2)
    #expect(await client.text(of: uri) == "甲" + standIn + standIn + "丙")
  }
}
