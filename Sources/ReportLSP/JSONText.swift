import Foundation

/// A JSON text parsed with the place of every value, for the files people edit by hand
/// (`.reportlsp.json`, `.reportlsp-waivers.json`): a syntax error is reported with its line and column, and
/// a value can be replaced or a member inserted without touching the rest of the text.
///
/// Strict RFC 8259, except that a UTF-8 byte order mark is skipped (Windows editors write one).
struct JSONText: Sendable {
  /// A value and the bytes it spans in the text.
  struct Node: Sendable {
    var value: Value
    var span: Swift.Range<Int>
  }

  enum Value: Sendable {
    case object([Member])
    case array([Node])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
  }

  /// An object member, in the order written.
  struct Member: Sendable {
    var key: String
    var keySpan: Swift.Range<Int>
    var value: Node
  }

  /// Where the text stops being JSON: 1-based line and column (in characters), and what is wrong, in Chinese.
  struct SyntaxError: Error, Equatable, Sendable {
    var line: Int
    var column: Int
    var problem: String

    var description: String { "第 \(line) 行第 \(column) 列\(problem)" }
  }

  /// The text's UTF-8 bytes.
  let bytes: [UInt8]
  let root: Node

  /// Values nested deeper than this are refused rather than parsed recursively.
  static let maximumDepth = 256

  static func parse(_ data: Data) -> Result<JSONText, SyntaxError> { parse(Array(data)) }

  static func parse(_ bytes: [UInt8]) -> Result<JSONText, SyntaxError> {
    var parser = Parser(bytes: bytes)
    do {
      parser.skipByteOrderMark()
      parser.skipWhitespace()
      let root = try parser.value(depth: 0)
      parser.skipWhitespace()
      if parser.index < bytes.count { throw parser.error("之后还有多余的内容") }
      return .success(JSONText(bytes: bytes, root: root))
    } catch let failure as Parser.Failure {
      return .failure(Self.locate(failure, in: bytes))
    } catch {
      return .failure(SyntaxError(line: 1, column: 1, problem: "无法解析"))
    }
  }

  /// The line and column of a failure's byte offset.
  private static func locate(_ failure: Parser.Failure, in bytes: [UInt8]) -> SyntaxError {
    var line = 1
    var lineStart = 0
    for (offset, byte) in bytes[0..<min(failure.offset, bytes.count)].enumerated() where byte == 0x0A {
      line += 1
      lineStart = offset + 1
    }
    let column = String(decoding: bytes[lineStart..<min(failure.offset, bytes.count)], as: UTF8.self)
      .unicodeScalars.count + 1
    return SyntaxError(line: line, column: column, problem: failure.problem)
  }

  /// The member named `key` of an object node.
  static func member(_ key: String, of node: Node) -> Member? {
    guard case .object(let members) = node.value else { return nil }
    return members.last { $0.key == key }
  }

  /// The value as a `JSONValue` (duplicate keys: the last one wins, as in most parsers).
  static func jsonValue(_ node: Node) -> JSONValue {
    switch node.value {
    case .object(let members):
      var object: [String: JSONValue] = [:]
      for member in members { object[member.key] = jsonValue(member.value) }
      return .object(object)
    case .array(let elements): return .array(elements.map(jsonValue))
    case .string(let value): return .string(value)
    case .number(let value): return .number(value)
    case .bool(let value): return .bool(value)
    case .null: return .null
    }
  }

  /// `value` as a JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
  static func quoted(_ value: String) -> String {
    var output = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  // MARK: - Parser

  private struct Parser {
    struct Failure: Error {
      var offset: Int
      var problem: String
    }

    let bytes: [UInt8]
    var index = 0

    func error(_ problem: String, at offset: Int? = nil) -> Failure {
      Failure(offset: offset ?? index, problem: "：" + problem)
    }

    mutating func skipByteOrderMark() {
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func skipWhitespace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// What the byte at the current place is, for a message.
    func found() -> String {
      guard index < bytes.count else { return "文件在此结束" }
      let scalar = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
      return "此处是“\(scalar.map(String.init) ?? "?")”"
    }

    mutating func value(depth: Int) throws -> Node {
      guard depth < JSONText.maximumDepth else { throw error("嵌套层数太多") }
      guard index < bytes.count else { throw error("缺少值，文件就结束了") }
      let start = index
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return Node(value: .string(try string()), span: start..<index)
      case UInt8(ascii: "t"): return try literal("true", .bool(true))
      case UInt8(ascii: "f"): return try literal("false", .bool(false))
      case UInt8(ascii: "n"): return try literal("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
      case UInt8(ascii: "'"): throw error("字符串应使用双引号")
      default: throw error("应为值（对象、数组、字符串、数字、true、false 或 null），\(found())")
      }
    }

    mutating func literal(_ word: String, _ value: Value) throws -> Node {
      let start = index
      let expected = Array(word.utf8)
      guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
        throw error("应为值（对象、数组、字符串、数字、true、false 或 null），\(found())")
      }
      index += expected.count
      return Node(value: value, span: start..<index)
    }

    mutating func number() throws -> Node {
      let start = index
      func digits() -> Int {
        let first = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index - first
      }
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      let integerStart = index
      guard digits() > 0 else { throw error("数字格式不对") }
      if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 {
        throw error("数字不能以 0 开头", at: integerStart)
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { throw error("小数点后应有数字") }
      }
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw error("指数部分应有数字") }
      }
      guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
        throw error("数字格式不对", at: start)
      }
      return Node(value: .number(value), span: start..<index)
    }

    mutating func string() throws -> String {
      let opening = index
      index += 1
      var scalars = String.UnicodeScalarView()
      var runStart = index
      func flush(_ end: Int) {
        scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
      }
      while true {
        guard index < bytes.count else { throw error("字符串没有结束（缺少右引号）", at: opening) }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          flush(index)
          index += 1
          return String(scalars)
        }
        if byte < 0x20 {
          throw error(byte == 0x0A ? "字符串没有结束（缺少右引号）" : "字符串中不能有控制字符，应写作转义序列")
        }
        if byte >= 0x80 {
          let length = BodyRepair.validSequenceLength(bytes, at: index)
          guard length > 0 else { throw error("不是有效的 UTF-8 文本（请以 UTF-8 编码保存）") }
          index += length
          continue
        }
        guard byte == UInt8(ascii: "\\") else {
          index += 1
          continue
        }
        flush(index)
        guard index + 1 < bytes.count else { throw error("字符串没有结束（缺少右引号）", at: opening) }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{8}")
        case UInt8(ascii: "f"): scalars.append("\u{C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          guard let unit = hex() else { throw error("\\u 后应有四位十六进制数字", at: index - 2) }
          var value = unit
          if (0xD800...0xDBFF).contains(unit), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            let save = index
            index += 2
            if let low = hex(), (0xDC00...0xDFFF).contains(low) {
              value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else {
              index = save
            }
          }
          scalars.append(Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}")
        default:
          throw error("无效的转义序列 \\\(String(decoding: [escape], as: UTF8.self))", at: index - 2)
        }
        runStart = index
      }
    }

    mutating func hex() -> Int? {
      guard index + 4 <= bytes.count else { return nil }
      guard let value = Int(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
      index += 4
      return value
    }

    mutating func object(depth: Int) throws -> Node {
      var members: [Member] = []
      let span = try container(closing: "}", what: "对象") { parser in
        guard parser.bytes[parser.index] == UInt8(ascii: "\"") else {
          throw parser.error("对象的键应为双引号括起的字符串，\(parser.found())")
        }
        let keyStart = parser.index
        let key = try parser.string()
        let keySpan = keyStart..<parser.index
        parser.skipWhitespace()
        guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: ":") else {
          throw parser.error("键 \(key) 后应有冒号，\(parser.found())")
        }
        parser.index += 1
        parser.skipWhitespace()
        members.append(Member(key: key, keySpan: keySpan, value: try parser.value(depth: depth + 1)))
      }
      return Node(value: .object(members), span: span)
    }

    mutating func array(depth: Int) throws -> Node {
      var elements: [Node] = []
      let span = try container(closing: "]", what: "数组") { parser in
        elements.append(try parser.value(depth: depth + 1))
      }
      return Node(value: .array(elements), span: span)
    }

    /// Reads an object or array starting at `index`: its items (read by `item`, called at an item's
    /// first byte) separated by commas, up to `closing`. Returns its span.
    mutating func container(
      closing: Unicode.Scalar, what: String, item: (inout Parser) throws -> Void
    ) throws -> Swift.Range<Int> {
      let start = index
      let end = UInt8(ascii: closing)
      index += 1
      skipWhitespace()
      if index < bytes.count, bytes[index] == end {
        index += 1
        return start..<index
      }
      while true {
        skipWhitespace()
        guard index < bytes.count else { throw error("\(what)没有结束（缺少 \(closing)）", at: start) }
        if bytes[index] == end { throw error("最后一项后面多了逗号") }
        try item(&self)
        skipWhitespace()
        guard index < bytes.count else { throw error("\(what)没有结束（缺少 \(closing)）", at: start) }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        if bytes[index] == end {
          index += 1
          return start..<index
        }
        throw error("缺少逗号或 \(closing)，\(found())")
      }
    }
  }
}
