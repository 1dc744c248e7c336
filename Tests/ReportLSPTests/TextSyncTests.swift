import Foundation
import Testing

@testable import ReportLSP

/// An independent model of LSP text editing on Unicode scalars, written without `LineIndex`, for
/// checking the server against.
struct ReferenceText {
  var scalars: [Unicode.Scalar]

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  var string: String { String(String.UnicodeScalarView(scalars)) }

  /// (start, contentEnd) of every line; terminators are \r\n, \n and \r.
  var lines: [(start: Int, end: Int)] {
    var result: [(Int, Int)] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\r" || scalar == "\n" {
        result.append((start, index))
        if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
        start = index + 1
      }
      index += 1
    }
    result.append((start, scalars.count))
    return result
  }

  static func width(_ scalar: Unicode.Scalar, _ encoding: String) -> Int {
    switch encoding {
    case "utf-8": String(scalar).utf8.count
    case "utf-16": String(scalar).utf16.count
    default: 1
    }
  }

  /// The position of a scalar offset.
  func position(of offset: Int, _ encoding: String) -> (line: Int, character: Int) {
    let lines = lines
    let line = lines.lastIndex { $0.start <= offset } ?? 0
    let end = min(offset, lines[line].end)
    let character = scalars[lines[line].start..<end].reduce(0) { $0 + Self.width($1, encoding) } + (offset - end)
    return (line, character)
  }

  /// The offset of a position, clamped as LSP asks; a character inside a scalar snaps back to its start.
  func offset(line: Int, character: Int, _ encoding: String) -> Int {
    let lines = lines
    guard line < lines.count else { return scalars.count }
    var index = lines[line].start
    var units = 0
    while index < lines[line].end {
      let next = units + Self.width(scalars[index], encoding)
      if next > character { break }
      units = next
      index += 1
    }
    return index
  }

  mutating func replace(from start: Int, to end: Int, with text: String) {
    scalars.replaceSubrange(min(start, end)..<max(start, end), with: text.unicodeScalars)
  }
}

/// A deterministic random source, so a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct TextSyncTests {
  static let encodings = ["utf-8", "utf-16", "utf-32"]
  /// Pieces with every width: ASCII, Latin, Han, astral (two UTF-16 units, four UTF-8 bytes), and
  /// every kind of line break.
  static let pieces = ["a", "é", "中", "绩效", "😀", "𠀀", "\n", "\r\n", "\r", "〔2021〕", " "]

  static let options: JSONValue = ["debounceMs": 10000]

  @Test(arguments: encodings)
  func randomIncrementalEditsAgreeWithTheReference(encoding: String) async throws {
    let client = try await TestClient.initialized(encoding: [encoding], options: Self.options)
    var generator = SplitMix64(state: 0x5EED ^ UInt64(encoding.utf8.count))
    var reference = ReferenceText("甲乙镇😀绩效\r\n评价报告\n𠀀\rend")
    let uri = "file:///random.txt"
    client.notify(
      "textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": .string(reference.string)]])
    for version in 2...150 {
      var changes: [JSONValue] = []
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let (start, end) = randomRange(in: reference, encoding: encoding, using: &generator)
        let text = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
          Self.pieces.randomElement(using: &generator)!
        }
        .joined()
        reference.replace(
          from: reference.offset(line: start.line, character: start.character, encoding),
          to: reference.offset(line: end.line, character: end.character, encoding), with: text)
        changes.append(["range": range(start.line, start.character, end.line, end.character), "text": .string(text)])
      }
      client.change(uri, version: version, changes)
      try await client.settle()
      let serverText = await client.text(of: uri)
      #expect(serverText == reference.string, "after version \(version) in \(encoding)")
      if serverText != reference.string { return }
    }
  }

  /// A range between two positions: mostly valid ones, sometimes past the line or the document end, or
  /// inside a character's code units.
  private func randomRange(in text: ReferenceText, encoding: String, using generator: inout SplitMix64)
    -> ((line: Int, character: Int), (line: Int, character: Int))
  {
    func randomPosition() -> (line: Int, character: Int) {
      var result = text.position(of: Int.random(in: 0...text.scalars.count, using: &generator), encoding)
      switch Int.random(in: 0..<10, using: &generator) {
      case 0: result.character += Int.random(in: 1...40, using: &generator)
      case 1: result.line += Int.random(in: 1...3, using: &generator)
      case 2: result.character += 1  // possibly inside a surrogate pair or a UTF-8 sequence
      default: break
      }
      return result
    }
    var start = randomPosition()
    var end = randomPosition()
    if (end.line, end.character) < (start.line, start.character) { swap(&start, &end) }
    return (start, end)
  }

  @Test(arguments: [
    // (encoding, character of the position just after 😀 on line 1)
    ("utf-16", 3), ("utf-8", 7), ("utf-32", 2),
  ])
  func incrementalEditAfterAnAstralCharacterUsesTheNegotiatedUnits(encoding: String, character: Int) async throws {
    let client = try await TestClient.initialized(encoding: [encoding], options: Self.options)
    let uri = "file:///astral.txt"
    client.notify(
      "textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "第一行\r\n甲😀乙\r\n末行"]])
    client.change(uri, version: 2, [["range": range(1, character, 1, character), "text": "X"]])
    try await client.settle()
    #expect(await client.text(of: uri) == "第一行\r\n甲😀X乙\r\n末行")
  }

  @Test func editAcrossCRLFLineBreaksJoinsTheLines() async throws {
    let client = try await TestClient.initialized(options: Self.options)
    let uri = "file:///crlf.txt"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "一\r\n二\r\n三"]])
    client.change(uri, version: 2, [["range": range(0, 1, 1, 0), "text": ""]])
    client.change(uri, version: 3, [["range": range(0, 2, 0, 2), "text": "\r\n四"]])
    try await client.settle()
    #expect(await client.text(of: uri) == "一二\r\n四\r\n三")
  }

  @Test func fullSyncReplacesTheText() async throws {
    let client = try await TestClient.initialized(options: Self.options)
    let uri = "file:///full.txt"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "旧"]])
    client.change(uri, version: 2, [["text": "新的全文"], ["range": range(0, 0, 0, 1), "text": "崭"]])
    try await client.settle()
    #expect(await client.text(of: uri) == "崭的全文")
  }

  @Test func outOfRangePositionsAreClamped() async throws {
    let client = try await TestClient.initialized(options: Self.options)
    let uri = "file:///clamp.txt"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "ab\ncd"]])
    client.change(uri, version: 2, [["range": range(0, 99, 0, 120), "text": "!"]])
    client.change(uri, version: 3, [["range": range(7, 0, 9, 3), "text": "?"]])
    client.change(uri, version: 4, [["range": range(-1, -5, 0, 0), "text": "<"]])
    client.change(uri, version: 5, [["range": range(1, 1, 0, 1), "text": "|"]])  // reversed
    // Int.max, written out so it reaches the decoder as an integer.
    let huge = "9223372036854775807"
    let body =
      #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///clamp.txt","#
      + #""version":6},"contentChanges":[{"range":{"start":{"line":0,"character":\#(huge)},"#
      + #""end":{"line":\#(huge),"character":\#(huge)}},"text":"$"}]}}"#
    client.sendRaw(MessageFraming.frame(Data(body.utf8)))
    try await client.settle()
    #expect(await client.text(of: uri) == "<|d?$")
  }

  @Test func changesToUnopenedDocumentsAndStaleVersionsAreIgnored() async throws {
    let client = try await TestClient.initialized(options: Self.options)
    client.change("file:///never-opened.txt", version: 2, [["text": "x"]])
    let uri = "file:///versions.txt"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 5, "text": "原文"]])
    client.change(uri, version: 5, [["text": "同版本"]])
    client.change(uri, version: 3, [["text": "旧版本"]])
    try await client.settle()
    #expect(await client.text(of: "file:///never-opened.txt") == nil)
    #expect(await client.text(of: uri) == "原文")
    client.change(uri, version: 6, [["text": "新版本"]])
    try await client.settle()
    #expect(await client.text(of: uri) == "新版本")
  }

  @Test func malformedChangesAreDroppedAndTheServerKeepsServing() async throws {
    let client = try await TestClient.initialized(options: Self.options)
    let uri = "file:///shapes.txt"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "文"]])
    client.notify(
      "textDocument/didChange", ["textDocument": ["uri": .string(uri)], "contentChanges": [["text": "无版本"]]])
    client.notify(
      "textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": "x"])
    client.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["range": range(0, 0, 0, 0)]]])
    client.notify("textDocument/didOpen", ["textDocument": ["uri": 7]])
    try await client.settle()
    #expect(await client.text(of: uri) == "文")
  }

  @Test func closeForgetsTheDocumentAndReopenStartsAgain() async throws {
    let client = try await TestClient.initialized(options: ["debounceMs": 0])
    let uri = "file:///close.txt"
    try await client.open(uri, "根据甲财绩[2021]6号文件")
    client.notify("textDocument/didClose", documentParams(uri))
    let cleared = try await client.diagnostics(uri)
    #expect(cleared["diagnostics"] == [])
    #expect(cleared["version"] == nil)
    #expect(await client.text(of: uri) == nil)
    let reopened = try await client.open(uri, "正文", version: 1)
    #expect(reopened["diagnostics"] == [])
  }

  @Test func didSaveIsAccepted() async throws {
    let client = try await TestClient.initialized(options: Self.options)
    let uri = "file:///save.txt"
    client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "version": 1, "text": "文"]])
    client.notify("textDocument/didSave", documentParams(uri, ["text": "文"]))
    try await client.settle()
    #expect(await client.text(of: uri) == "文")
    #expect(client.received.isEmpty)
  }
}
