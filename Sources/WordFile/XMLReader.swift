/// An element or attribute name with its namespace resolved.
struct XMLName: Hashable {
  /// The namespace URI; empty for none.
  var namespace: String
  var local: String
}

struct XMLAttribute {
  var name: XMLName
  var value: String
}

enum XMLEvent {
  case start(XMLName, [XMLAttribute])
  /// Also sent after the start of an empty element (`<w:tab/>`).
  case end(XMLName)
  /// Character data, entities and CDATA sections decoded; may come in several pieces.
  case text(String)
}

/// A small pull reader for the XML of Office packages: UTF-8, namespaces, the five predefined entities and
/// character references, CDATA, comments and processing instructions. A document type declaration is
/// refused (Office never writes one, and it is how entity-expansion attacks begin); so is anything not
/// well formed, with the byte offset where it went wrong.
struct XMLReader {
  private let bytes: [UInt8]
  private var position = 0
  /// Open elements with the number of namespace bindings each declared.
  private var open: [(name: XMLName, qualified: ArraySlice<UInt8>, bindings: Int)] = []
  private var bindings: [(prefix: String, uri: String)] = [("xml", "http://www.w3.org/XML/1998/namespace")]
  private var pendingEnd: XMLName?
  private var sawRoot = false

  /// How deep elements may nest.
  static let maximumDepth = 4096

  init(_ bytes: [UInt8]) throws(WordFileError) {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw WordFileError("XML 是 UTF-16 编码，不支持")
    }
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  /// The next event, or nil at the end of a complete document.
  mutating func next() throws(WordFileError) -> XMLEvent? {
    if let name = pendingEnd {
      pendingEnd = nil
      return .end(name)
    }
    while position < bytes.count {
      if bytes[position] != UInt8(ascii: "<") {
        let text = try characterData()
        guard !open.isEmpty else {
          guard text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) else {
            throw failure("根元素之外有文字")
          }
          continue
        }
        return .text(text)
      }
      if starts(with: "<?") {
        try skip(past: "?>")
      } else if starts(with: "<!--") {
        try skip(past: "-->")
      } else if starts(with: "<![CDATA[") {
        let start = position + 9
        try skip(past: "]]>")
        guard !open.isEmpty else { throw failure("根元素之外有 CDATA") }
        return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
      } else if starts(with: "<!") {
        throw failure("含有文档类型声明（DTD），不支持")
      } else if starts(with: "</") {
        return .end(try endTag())
      } else {
        return try startTag()
      }
    }
    guard open.isEmpty else { throw failure("XML 不完整（\(open.count) 个元素未结束）") }
    guard sawRoot else { throw failure("没有根元素") }
    return nil
  }

  // MARK: Tags

  private mutating func startTag() throws(WordFileError) -> XMLEvent {
    guard open.count < Self.maximumDepth else { throw failure("元素嵌套过深") }
    guard open.count > 0 || !sawRoot else { throw failure("有多个根元素") }
    sawRoot = true
    position += 1
    let qualified = try nameToken()
    var rawAttributes: [(ArraySlice<UInt8>, String)] = []
    var declared = 0
    while true {
      skipSpace()
      guard position < bytes.count else { throw failure("标签未结束") }
      if bytes[position] == UInt8(ascii: "/") || bytes[position] == UInt8(ascii: ">") { break }
      let attributeName = try nameToken()
      skipSpace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw failure("属性缺少 =") }
      position += 1
      skipSpace()
      let value = try attributeValue()
      let name = String(decoding: attributeName, as: UTF8.self)
      if name == "xmlns" {
        bindings.append(("", value))
        declared += 1
      } else if name.hasPrefix("xmlns:") {
        bindings.append((String(name.dropFirst(6)), value))
        declared += 1
      } else {
        rawAttributes.append((attributeName, value))
      }
    }
    let isEmpty = bytes[position] == UInt8(ascii: "/")
    if isEmpty {
      position += 1
      guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw failure("标签未正确结束") }
    }
    position += 1
    let name = try resolve(qualified, isAttribute: false)
    var attributes: [XMLAttribute] = []
    attributes.reserveCapacity(rawAttributes.count)
    for (raw, value) in rawAttributes {
      attributes.append(XMLAttribute(name: try resolve(raw, isAttribute: true), value: value))
    }
    if isEmpty {
      bindings.removeLast(declared)
      pendingEnd = name
    } else {
      open.append((name, qualified, declared))
    }
    return .start(name, attributes)
  }

  private mutating func endTag() throws(WordFileError) -> XMLName {
    position += 2
    let qualified = try nameToken()
    skipSpace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw failure("结束标签未正确结束") }
    position += 1
    guard let top = open.popLast(), top.qualified.elementsEqual(qualified) else {
      throw failure("结束标签 </\(String(decoding: qualified, as: UTF8.self))> 与开始标签不匹配")
    }
    bindings.removeLast(top.bindings)
    return top.name
  }

  private func resolve(_ qualified: ArraySlice<UInt8>, isAttribute: Bool) throws(WordFileError) -> XMLName {
    let text = String(decoding: qualified, as: UTF8.self)
    guard let colon = text.firstIndex(of: ":") else {
      // Unprefixed attributes are in no namespace; unprefixed elements in the default one.
      if isAttribute { return XMLName(namespace: "", local: text) }
      return XMLName(namespace: bindings.last { $0.prefix.isEmpty }?.uri ?? "", local: text)
    }
    let prefix = String(text[..<colon])
    guard let uri = bindings.last(where: { $0.prefix == prefix })?.uri else {
      throw failure("未声明的命名空间前缀 \(prefix)")
    }
    return XMLName(namespace: uri, local: String(text[text.index(after: colon)...]))
  }

  private mutating func nameToken() throws(WordFileError) -> ArraySlice<UInt8> {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
        || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"")
        || byte == UInt8(ascii: "'")
      {
        break
      }
      position += 1
    }
    guard position > start else { throw failure("缺少名称") }
    return bytes[start..<position]
  }

  private mutating func attributeValue() throws(WordFileError) -> String {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
      throw failure("属性值缺少引号")
    }
    let quote = bytes[position]
    position += 1
    let start = position
    while position < bytes.count, bytes[position] != quote {
      guard bytes[position] != UInt8(ascii: "<") else { throw failure("属性值中有 <") }
      position += 1
    }
    guard position < bytes.count else { throw failure("属性值未结束") }
    let value = try decodeEntities(bytes[start..<position])
    position += 1
    return value
  }

  private mutating func characterData() throws(WordFileError) -> String {
    let start = position
    while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
    return try decodeEntities(bytes[start..<position])
  }

  // MARK: Entities

  private func decodeEntities(_ raw: ArraySlice<UInt8>) throws(WordFileError) -> String {
    guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
    var result: [UInt8] = []
    result.reserveCapacity(raw.count)
    var index = raw.startIndex
    while index < raw.endIndex {
      let byte = raw[index]
      guard byte == UInt8(ascii: "&") else {
        result.append(byte)
        index += 1
        continue
      }
      guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
        throw failure("& 之后缺少实体名或分号")
      }
      let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
      switch entity {
      case "lt": result.append(UInt8(ascii: "<"))
      case "gt": result.append(UInt8(ascii: ">"))
      case "amp": result.append(UInt8(ascii: "&"))
      case "quot": result.append(UInt8(ascii: "\""))
      case "apos": result.append(UInt8(ascii: "'"))
      default:
        let value: UInt32?
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
          value = UInt32(entity.dropFirst(2), radix: 16)
        } else if entity.hasPrefix("#") {
          value = UInt32(entity.dropFirst(1))
        } else {
          throw failure("未定义的实体 &\(entity);")
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
          throw failure("无效的字符引用 &\(entity);")
        }
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
      }
      index = semicolon + 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  // MARK: Scanning

  private func starts(with text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard bytes.count - position >= count else { return false }
    return text.withUTF8Buffer { prefix in
      var offset = 0
      while offset < count {
        if bytes[position + offset] != prefix[offset] { return false }
        offset += 1
      }
      return true
    }
  }

  private mutating func skip(past terminator: StaticString) throws(WordFileError) {
    while position < bytes.count {
      if starts(with: terminator) {
        position += terminator.utf8CodeUnitCount
        return
      }
      position += 1
    }
    throw failure("XML 不完整（\(terminator) 缺失）")
  }

  private mutating func skipSpace() {
    while position < bytes.count,
      bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")
        || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
    {
      position += 1
    }
  }

  private func failure(_ reason: String) -> WordFileError {
    WordFileError("XML 格式错误（第 \(position) 字节）：\(reason)")
  }
}
