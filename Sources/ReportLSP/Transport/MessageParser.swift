import Foundation

/// What the framing parser found in the byte stream.
enum FramedInput: Equatable, Sendable {
  /// The body of one message (not yet known to be valid JSON).
  case message(Data)
  /// Bytes that could not be framed; they were skipped. The text is for the log.
  case framingError(String)
}

/// A stateful parser for the `Content-Length` framing of JSON-RPC over a byte stream.
///
/// It never gives up on the stream: garbage before a header is skipped up to the next
/// `Content-Length:`; a header without a usable length is skipped; a length that is too short yields a
/// body that will not parse (the caller answers a parse error) and the rest is resynchronised; a length
/// that is too long is detected when the next message's header shows up inside the body. Header
/// names are case-insensitive, `\n` line ends are accepted, and other headers are ignored.
struct MessageParser {
  /// The largest body accepted; anything longer is skipped instead of buffered.
  static let maximumBodyLength = 256 << 20
  /// The longest header block looked at before it is declared garbage.
  private static let maximumHeaderLength = 4096

  private var buffer: [UInt8] = []
  /// Where unread bytes start in `buffer`.
  private var cursor = 0
  /// The body length announced by the current header, while its body is being read.
  private var expectedBodyLength: Int?
  /// Offset from which the partial body has been searched for an embedded header.
  private var searchedBodyUpTo = 0
  /// Bytes of an oversized body still to be dropped.
  private var bytesToSkip = 0

  init() {}

  /// Whether the parser is in the middle of a message (so the end of input truncates it).
  var isInsideMessage: Bool { expectedBodyLength != nil || bytesToSkip > 0 || hasPendingHeader }

  private var hasPendingHeader: Bool {
    buffer[cursor...].contains { !Self.isWhitespace($0) }
  }

  /// Adds bytes from the stream and returns every message and error they complete, in order.
  mutating func append(_ bytes: some Sequence<UInt8>) -> [FramedInput] {
    buffer.append(contentsOf: bytes)
    var output: [FramedInput] = []
    while let next = step() { output.append(next) }
    compact()
    return output
  }

  /// Called when no byte arrived for a while: a body that is already a complete JSON object or array
  /// although its `Content-Length` asked for more is delivered, so a too-long length cannot hang a client
  /// that waits for the answer.
  mutating func flushStalledBody() -> [FramedInput] {
    guard let length = expectedBodyLength, buffer.count - cursor < length else { return [] }
    let body = Data(buffer[cursor...])
    guard Self.looksComplete(body), (try? JSONSerialization.jsonObject(with: body)) != nil else { return [] }
    cursor = buffer.count
    expectedBodyLength = nil
    compact()
    return [.framingError("Content-Length \(length) 比实际消息长，已按 \(body.count) 字节处理"), .message(body)]
  }

  // MARK: - Steps

  private mutating func step() -> FramedInput? {
    if bytesToSkip > 0 {
      let available = min(bytesToSkip, buffer.count - cursor)
      cursor += available
      bytesToSkip -= available
      if bytesToSkip > 0 { return nil }
    }
    if let length = expectedBodyLength { return readBody(length: length) }
    return readHeader()
  }

  private mutating func readBody(length: Int) -> FramedInput? {
    let available = buffer.count - cursor
    // The next header inside the body proves the announced length was too long.
    let searchEnd = cursor + min(available, length)
    if let embedded = Self.findHeader(in: buffer, from: max(cursor, cursor + searchedBodyUpTo - 64), to: searchEnd),
      embedded > cursor, Self.isHeaderLine(buffer, at: embedded)
    {
      let body = Data(buffer[cursor..<embedded])
      cursor = embedded
      expectedBodyLength = nil
      searchedBodyUpTo = 0
      return .message(body)
    }
    guard available >= length else {
      searchedBodyUpTo = available
      return nil
    }
    let body = Data(buffer[cursor..<(cursor + length)])
    cursor += length
    expectedBodyLength = nil
    searchedBodyUpTo = 0
    return .message(body)
  }

  private mutating func readHeader() -> FramedInput? {
    guard cursor < buffer.count else { return nil }
    guard let start = Self.findHeader(in: buffer, from: cursor, to: buffer.count) else {
      // Keep a tail that could be the start of a header split across reads.
      let keep = min(buffer.count - cursor, Self.headerName.count - 1)
      let dropped = buffer[cursor..<(buffer.count - keep)]
      cursor = buffer.count - keep
      if dropped.contains(where: { !Self.isWhitespace($0) }) {
        return .framingError("跳过了 \(dropped.count) 字节无法识别的输入（缺少 Content-Length）")
      }
      return nil
    }
    if buffer[cursor..<start].contains(where: { !Self.isWhitespace($0) }) {
      let count = start - cursor
      cursor = start
      return .framingError("跳过了 \(count) 字节无法识别的输入（缺少 Content-Length）")
    }
    cursor = start
    return parseHeaderBlock()
  }

  /// Parses the header block at `cursor`, which starts with `Content-Length:`.
  private mutating func parseHeaderBlock() -> FramedInput? {
    var lineStart = cursor
    var length: Int?
    var lengthText = ""
    while true {
      guard let newline = buffer[lineStart...].firstIndex(of: 0x0A) else {
        // An incomplete line: wait, unless it cannot be a header (then the blank line was left out).
        var partial = buffer[lineStart...]
        if partial.last == 0x0D { partial = partial.dropLast() }
        if lineStart > cursor, let first = partial.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
          return finishHeader(length: length, lengthText: lengthText, bodyStart: lineStart)
        }
        if buffer.count - cursor > Self.maximumHeaderLength || !Self.couldBeHeaderLine(partial) {
          return skipHeader(reason: "消息头格式错误", resumeAt: lineStart == cursor ? cursor + 1 : lineStart)
        }
        return nil
      }
      // A header whose line end is missing runs into the next message: its line then holds the next
      // message's `Content-Length` header. That one is intact, so the broken header (and whatever body
      // followed it) is dropped and parsing resumes there.
      let startsBody = buffer[lineStart] == UInt8(ascii: "{") || buffer[lineStart] == UInt8(ascii: "[")
      if !startsBody, let embedded = Self.embeddedHeader(in: buffer, from: lineStart + 1, to: newline) {
        return skipHeader(reason: "消息头缺少行尾，已跳过该消息", resumeAt: embedded)
      }
      var lineEnd = newline
      if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = buffer[lineStart..<lineEnd]
      if line.isEmpty {
        return finishHeader(length: length, lengthText: lengthText, bodyStart: newline + 1)
      }
      if lineStart > cursor, line.first == UInt8(ascii: "{") || line.first == UInt8(ascii: "[") {
        // The blank line after the headers is missing: the body starts here.
        return finishHeader(length: length, lengthText: lengthText, bodyStart: lineStart)
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")), Self.isHeaderName(line[line.startIndex..<colon]) else {
        return skipHeader(reason: "消息头格式错误", resumeAt: lineStart == cursor ? cursor + 1 : lineStart)
      }
      let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
      if name == "content-length", length == nil {
        lengthText = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        length = Int(lengthText).flatMap { $0 >= 0 ? $0 : nil } ?? -1
      }
      lineStart = newline + 1
    }
  }

  private mutating func finishHeader(length: Int?, lengthText: String, bodyStart: Int) -> FramedInput? {
    cursor = bodyStart
    guard let length, length >= 0 else {
      return .framingError("Content-Length 无效：\(lengthText.prefix(40))，已跳过该消息头")
    }
    if length > Self.maximumBodyLength {
      bytesToSkip = length
      return .framingError("消息长度 \(length) 超过上限，已跳过")
    }
    expectedBodyLength = length
    searchedBodyUpTo = 0
    return step()
  }

  private mutating func skipHeader(reason: String, resumeAt offset: Int) -> FramedInput? {
    cursor = min(offset, buffer.count)
    return .framingError(reason)
  }

  private mutating func compact() {
    if cursor > 0, cursor >= buffer.count / 2 || cursor > 1 << 20 {
      buffer.removeFirst(cursor)
      cursor = 0
    }
  }

  // MARK: - Byte helpers

  private static let headerName = Array("content-length".utf8)

  /// The first offset in `from..<to` where `Content-Length` (any case) starts a line or the input.
  private static func findHeader(in bytes: [UInt8], from: Int, to: Int) -> Int? {
    let count = headerName.count
    guard to - from >= count else { return nil }
    var index = from
    let first = headerName[0]
    while index + count <= to {
      if bytes[index] | 0x20 == first, matchesHeaderName(bytes, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// The first `Content-Length` header line (name, `:`, digits, line end) starting in `from..<to`.
  private static func embeddedHeader(in bytes: [UInt8], from: Int, to: Int) -> Int? {
    var start = from
    while let found = findHeader(in: bytes, from: start, to: to) {
      if isHeaderLine(bytes, at: found) { return found }
      start = found + 1
    }
    return nil
  }

  private static func matchesHeaderName(_ bytes: [UInt8], at index: Int) -> Bool {
    for (offset, expected) in headerName.enumerated() {
      let byte = bytes[index + offset]
      let lowered = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
      if lowered != expected { return false }
    }
    return true
  }

  /// Whether the `Content-Length` at `index` is followed by `:`, a number and a line end: a real header,
  /// which valid JSON can never contain (raw line ends are not allowed inside JSON strings).
  private static func isHeaderLine(_ bytes: [UInt8], at index: Int) -> Bool {
    var position = index + headerName.count
    func skipBlanks() {
      while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }
    skipBlanks()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
    position += 1
    skipBlanks()
    let digitsStart = position
    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
    guard position > digitsStart else { return false }
    skipBlanks()
    return position < bytes.count && (bytes[position] == 0x0D || bytes[position] == 0x0A)
  }

  private static func isHeaderName(_ bytes: ArraySlice<UInt8>) -> Bool {
    !bytes.isEmpty && bytes.allSatisfy(isTokenByte)
  }

  /// Whether an unfinished line can still become `Name: value`.
  private static func couldBeHeaderLine(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return bytes.allSatisfy(isTokenByte) }
    return isHeaderName(bytes[bytes.startIndex..<colon])
  }

  private static func isTokenByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// A cheap test before trying to parse: the bytes start with `{`/`[` and end with `}`/`]`.
  private static func looksComplete(_ body: Data) -> Bool {
    guard let first = body.first(where: { !isWhitespace($0) }), let last = body.last(where: { !isWhitespace($0) })
    else { return false }
    return (first == UInt8(ascii: "{") && last == UInt8(ascii: "}"))
      || (first == UInt8(ascii: "[") && last == UInt8(ascii: "]"))
  }
}
