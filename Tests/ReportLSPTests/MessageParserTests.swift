import Foundation
import Testing

@testable import ReportLSP

@Suite struct MessageParserTests {
  private func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

  private func bodies(_ inputs: [FramedInput]) -> [String] {
    inputs.compactMap { if case .message(let data) = $0 { String(decoding: data, as: UTF8.self) } else { nil } }
  }

  private func errors(_ inputs: [FramedInput]) -> Int {
    inputs.filter { if case .framingError = $0 { true } else { false } }.count
  }

  @Test func messagesSplitAtEveryByteAreReassembled() {
    let stream = frame(#"{"a":"甲乙"}"#) + frame(#"{"b":2}"#)
    for split in 0...stream.count {
      var parser = MessageParser()
      let output = parser.append(stream[0..<split]) + parser.append(stream[split...])
      #expect(bodies(output) == [#"{"a":"甲乙"}"#, #"{"b":2}"#], "split at \(split)")
      #expect(errors(output) == 0)
    }
  }

  @Test func bytewiseFeedingWorks() {
    var parser = MessageParser()
    var output: [FramedInput] = []
    for byte in frame(#"{"x":1}"#) + frame("{}") { output += parser.append([byte]) }
    #expect(bodies(output) == [#"{"x":1}"#, "{}"])
  }

  @Test func otherHeadersCaseAndLineFeedsAreTolerated() {
    var parser = MessageParser()
    let input =
      "content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:  2\r\n\r\n{}"
      + "Content-Length: 2\n\n[]" + "CONTENT-LENGTH: 3\r\nX-Other: 1\r\n\r\n{ }"
    let output = parser.append(Array(input.utf8))
    #expect(bodies(output) == ["{}", "[]", "{ }"])
  }

  @Test func garbageBeforeAHeaderIsSkipped() {
    var parser = MessageParser()
    let output = parser.append(Array("hello world\r\n\u{0}\u{7}".utf8) + frame("{}"))
    #expect(bodies(output) == ["{}"])
    #expect(errors(output) == 1)
  }

  @Test func binaryGarbageNeverStopsTheParser() {
    var generator = SplitMix64(state: 42)
    var parser = MessageParser()
    var garbage = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    garbage += frame(#"{"after":true}"#)
    var output: [FramedInput] = []
    var index = 0
    while index < garbage.count {
      let end = min(garbage.count, index + Int.random(in: 1...5000, using: &generator))
      output += parser.append(garbage[index..<end])
      index = end
    }
    #expect(bodies(output).last == #"{"after":true}"#)
  }

  @Test func headerWithoutLengthIsSkipped() {
    var parser = MessageParser()
    let output = parser.append(Array("Content-Length: abc\r\n\r\n{}".utf8) + frame(#"{"ok":1}"#))
    #expect(bodies(output) == [#"{"ok":1}"#])
    let negative = parser.append(Array("Content-Length: -5\r\n\r\n".utf8) + frame("{}"))
    #expect(bodies(negative) == ["{}"])
  }

  @Test func tooShortLengthGivesABrokenBodyThenResynchronises() {
    var parser = MessageParser()
    let output = parser.append(Array("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\"}".utf8) + frame("{}"))
    #expect(bodies(output) == [#"{"jso"#, "{}"])
  }

  @Test func tooLongLengthIsCutAtTheNextHeader() {
    var parser = MessageParser()
    let output = parser.append(Array("Content-Length: 500\r\n\r\n{\"a\":1}".utf8) + frame(#"{"b":2}"#))
    #expect(bodies(output) == [#"{"a":1}"#, #"{"b":2}"#])
  }

  @Test func tooLongLengthOnTheLastMessageIsDeliveredWhenTheInputStalls() {
    var parser = MessageParser()
    #expect(bodies(parser.append(Array("Content-Length: 500\r\n\r\n{\"a\":1}".utf8))).isEmpty)
    #expect(parser.isInsideMessage)
    #expect(bodies(parser.flushStalledBody()) == [#"{"a":1}"#])
    #expect(!parser.isInsideMessage)
    // A body that is merely unfinished is not delivered early.
    #expect(bodies(parser.append(Array("Content-Length: 50\r\n\r\n{\"a\":".utf8))).isEmpty)
    #expect(parser.flushStalledBody().isEmpty)
  }

  @Test func missingBlankLineBeforeTheBodyIsTolerated() {
    var parser = MessageParser()
    let output = parser.append(Array("Content-Length: 7\r\n{\"a\":1}".utf8) + frame("{}"))
    #expect(bodies(output) == [#"{"a":1}"#, "{}"])
  }

  @Test func aTenMegabyteBodyArrivesWhole() {
    let body = "{\"text\":\"" + String(repeating: "绩", count: 3_500_000) + "\"}"
    let stream = frame(body)
    var parser = MessageParser()
    var output: [FramedInput] = []
    var index = 0
    while index < stream.count {
      let end = min(stream.count, index + 65_536)
      output += parser.append(stream[index..<end])
      index = end
    }
    #expect(bodies(output).map(\.utf8.count) == [body.utf8.count])
    #expect(!parser.isInsideMessage)
  }

  @Test func oversizedLengthIsSkippedNotBuffered() {
    var parser = MessageParser()
    let output = parser.append(Array("Content-Length: 999999999999\r\n\r\n".utf8))
    #expect(errors(output) == 1)
  }
}

@Suite struct MalformedHeaderTests {
  private func frame(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

  /// `Content-Length: 7{"a":1}` (the header's line end left out) must not swallow the well-framed message
  /// after it, however the bytes are split.
  @Test func aHeaderWithoutItsLineEndDoesNotSwallowTheNextMessage() {
    let stream = Array(#"Content-Length: 7{"a":1}"#.utf8) + frame(#"{"next":true}"#) + frame("{}")
    for split in 0...stream.count {
      var parser = MessageParser()
      let output = parser.append(stream[0..<split]) + parser.append(stream[split...])
      let bodies = output.compactMap { if case .message(let data) = $0 { String(decoding: data, as: UTF8.self) } else { nil } }
      #expect(bodies == [#"{"next":true}"#, "{}"], "split at \(split)")
    }
  }
}
