/// Character classes of the text these reports are written in.
extension Unicode.Scalar {
  /// A CJK ideograph (the basic block and extension A, plus compatibility ideographs).
  public var isHan: Bool {
    let v = value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FA1F).contains(v)
  }

  /// An ASCII digit or a full-width digit.
  public var isDigit: Bool {
    let v = value
    return (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
  }

  /// The digit's value, for ASCII and full-width digits.
  public var digitValue: Int? {
    let v = value
    if (0x30...0x39).contains(v) { return Int(v - 0x30) }
    if (0xFF10...0xFF19).contains(v) { return Int(v - 0xFF10) }
    return nil
  }

  /// An ASCII or full-width Latin letter.
  public var isLatinLetter: Bool {
    let v = value
    return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xFF21...0xFF3A).contains(v)
      || (0xFF41...0xFF5A).contains(v)
  }

  /// White space, including the ideographic space U+3000 and no-break spaces.
  public var isSpace: Bool {
    switch value {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: return true
    default: return false
    }
  }

  /// A line break: `\n` or `\r`.
  public var isLineBreak: Bool { value == 0x0A || value == 0x0D }

  /// A mark that ends a sentence: 。！？ and their ASCII forms, and the ellipsis.
  public var isSentenceEnd: Bool {
    switch value {
    case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026: return true
    default: return false
    }
  }

  /// A mark that ends a clause inside a sentence: ，；： and their ASCII forms.
  public var isClauseEnd: Bool {
    switch value {
    case 0xFF0C, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x3A: return true
    default: return false
    }
  }

  /// Any punctuation mark used in Chinese running text or ASCII.
  public var isPunctuation: Bool {
    if isSentenceEnd || isClauseEnd { return true }
    switch value {
    case 0x3001, 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0x3008, 0x3009, 0xFF08, 0xFF09,
      0x3010, 0x3011, 0x3014, 0x3015, 0x2014, 0x2013, 0xFF5E, 0x00B7, 0x22, 0x27, 0x28, 0x29, 0x5B,
      0x5D, 0x2E, 0x2D, 0x7E, 0x2F:
      return true
    default: return false
    }
  }
}

/// Pattern helpers over a scalar array, used by the document model and the rules.
extension Array where Element == Unicode.Scalar {
  /// Whether `pattern` occurs at `offset`.
  public func matches(_ pattern: String, at offset: Int) -> Bool {
    guard offset >= 0 else { return false }
    var index = offset
    for scalar in pattern.unicodeScalars {
      if index >= count || self[index] != scalar { return false }
      index += 1
    }
    return true
  }

  /// Whether `pattern` ends exactly at `offset` (the pattern's last scalar is at `offset - 1`).
  public func matches(_ pattern: String, endingAt offset: Int) -> Bool {
    // Compared backwards, so the pattern's length (O(n) on a String) is never needed.
    var index = offset
    for scalar in pattern.unicodeScalars.reversed() {
      index -= 1
      if index < 0 || index >= count || self[index] != scalar { return false }
    }
    return true
  }

  /// Whether `pattern` occurs at `offset`: the fast form for patterns kept as scalar arrays in
  /// tables that are scanned at every position.
  public func matches(_ pattern: [Unicode.Scalar], at offset: Int) -> Bool {
    guard offset >= 0, offset + pattern.count <= count else { return false }
    for (index, scalar) in pattern.enumerated() where self[offset + index] != scalar { return false }
    return true
  }

  /// Whether `pattern` ends exactly at `offset`.
  public func matches(_ pattern: [Unicode.Scalar], endingAt offset: Int) -> Bool {
    offset <= count && matches(pattern, at: offset - pattern.count)
  }

  /// The first occurrence of `pattern` in `range`, as an offset.
  public func firstOffset(of pattern: String, in range: TextRange) -> Int? {
    firstOffset(of: Array(pattern.unicodeScalars), in: range)
  }

  /// The first occurrence of `pattern` in `range`: the form for patterns kept as scalar arrays.
  public func firstOffset(of pattern: [Unicode.Scalar], in range: TextRange) -> Int? {
    guard let first = pattern.first else { return nil }
    var index = Swift.max(range.start, 0)
    let last = Swift.min(range.end, count) - pattern.count
    while index <= last {
      if self[index] == first, matches(pattern, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// The text of a range as a String.
  public func string(in range: TextRange) -> String {
    let start = Swift.min(Swift.max(range.start, 0), count)
    let end = Swift.min(Swift.max(range.end, start), count)
    return String(scalars: self[start..<end])
  }

  /// `range` without leading and trailing white space.
  public func trimmed(_ range: TextRange) -> TextRange {
    var start = Swift.max(range.start, 0)
    var end = Swift.min(range.end, count)
    while start < end, self[start].isSpace { start += 1 }
    while end > start, self[end - 1].isSpace { end -= 1 }
    return TextRange(start, end)
  }
}

extension String {
  /// A string made of `scalars`, encoded straight to UTF-8.
  ///
  /// Appending to a `String.UnicodeScalarView` takes a generic slow path that dominated the
  /// document model's profile (table cells, titles); encoding by hand is several times faster.
  public init(scalars: ArraySlice<Unicode.Scalar>) {
    var length = 0
    for scalar in scalars { length += scalar.utf8Length }
    guard length > 0 else {
      self = ""
      return
    }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var position = 0
      for scalar in scalars {
        let value = scalar.value
        switch value {
        case ..<0x80:
          buffer[position] = UInt8(value)
          position += 1
        case ..<0x800:
          buffer[position] = UInt8(0xC0 | value >> 6)
          buffer[position + 1] = UInt8(0x80 | value & 0x3F)
          position += 2
        case ..<0x10000:
          buffer[position] = UInt8(0xE0 | value >> 12)
          buffer[position + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[position + 2] = UInt8(0x80 | value & 0x3F)
          position += 3
        default:
          buffer[position] = UInt8(0xF0 | value >> 18)
          buffer[position + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[position + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[position + 3] = UInt8(0x80 | value & 0x3F)
          position += 4
        }
      }
      return position
    }
  }
}

extension Unicode.Scalar {
  /// The number of bytes the scalar takes in UTF-8.
  @inline(__always)
  var utf8Length: Int {
    let value = value
    return value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
  }
}
