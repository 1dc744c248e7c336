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
    var index = offset
    for scalar in pattern.unicodeScalars {
      if index >= count || self[index] != scalar { return false }
      index += 1
    }
    return true
  }

  /// Whether `pattern` ends exactly at `offset` (the pattern's last scalar is at `offset - 1`).
  public func matches(_ pattern: String, endingAt offset: Int) -> Bool {
    let length = pattern.unicodeScalars.count
    return offset - length >= 0 && matches(pattern, at: offset - length)
  }

  /// The first occurrence of `pattern` in `range`, as an offset.
  public func firstOffset(of pattern: String, in range: TextRange) -> Int? {
    let patternScalars = Array(pattern.unicodeScalars)
    guard let first = patternScalars.first else { return nil }
    var index = Swift.max(range.start, 0)
    let last = Swift.min(range.end, count) - patternScalars.count
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
    var view = String.UnicodeScalarView()
    view.append(contentsOf: self[start..<end])
    return String(view)
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
