/// A sentence of a paragraph, split into clauses at ，；：.
public struct Sentence: Hashable, Sendable {
  public var range: TextRange
  public var clauses: [TextRange]
}

/// A paragraph: one non-blank line outside tables (a Word paragraph once pasted).
public struct Paragraph: Hashable, Sendable {
  /// Zero-based line number.
  public var line: Int
  /// The text without leading and trailing white space.
  public var range: TextRange
  public var sentences: [Sentence]
  /// Index into `Document.headings` when the paragraph starts with a numbering marker.
  public var heading: Int?
}

/// A report draft, analysed once per version and shared by every rule.
///
/// Building a document never fails: any text, however broken, yields a model.
public struct Document: Sendable {
  /// The text as given.
  public let text: String
  /// The text as Unicode scalars; every `TextRange` indexes into this array.
  public let scalars: [Unicode.Scalar]
  public let lineIndex: LineIndex
  public let paragraphs: [Paragraph]
  /// Numbered lines, in document order.
  public let headings: [Heading]
  public let tables: [Table]
  /// Every number in the text (prose and tables), in document order.
  public let quantities: [Quantity]
  public let subject: Subject
  /// For each line, whether it belongs to a table.
  public let isTableLine: [Bool]

  public init(text: String) {
    self.text = text
    let scalars = Self.scalars(of: text)
    self.scalars = scalars
    let lineIndex = LineIndex(scalars: scalars)
    self.lineIndex = lineIndex

    var isTableLine = [Bool](repeating: false, count: lineIndex.lineCount)
    let tables = TableParser.parse(scalars, lines: lineIndex, isTableLine: &isTableLine)
    self.tables = tables
    self.isTableLine = isTableLine

    var paragraphs: [Paragraph] = []
    var headings: [Heading] = []
    // The path from the top level to the last heading, as indices into `headings`.
    var openHeadings: [Int] = []
    var quantities: [Quantity] = []
    var tableIndex = 0
    for line in 0..<lineIndex.lineCount {
      if isTableLine[line] {
        // Table quantities join the stream where the table starts.
        while tableIndex < tables.count, tables[tableIndex].lineRange.lowerBound <= line {
          for row in tables[tableIndex].rows {
            for cell in row { if let quantity = cell.quantity { quantities.append(quantity) } }
          }
          tableIndex += 1
        }
        continue
      }
      let content = scalars.trimmed(lineIndex.contentRange(ofLine: line))
      if content.isEmpty { continue }
      var headingIndex: Int?
      if var heading = HeadingParser.parse(scalars, line: line, content: content) {
        heading.parent = HeadingParser.parent(of: heading, among: headings, openHeadings: &openHeadings)
        heading.level = heading.parent.map { headings[$0].level + 1 } ?? 1
        headingIndex = headings.count
        openHeadings.append(headings.count)
        headings.append(heading)
      }
      paragraphs.append(
        Paragraph(line: line, range: content, sentences: Self.sentences(scalars, in: content), heading: headingIndex))
      let nextLine = line + 1 < lineIndex.lineCount ? lineIndex.contentRange(ofLine: line + 1) : nil
      quantities.append(contentsOf: QuantityScanner.scan(scalars, range: content, nextLine: nextLine))
    }
    self.paragraphs = paragraphs
    self.headings = headings
    self.quantities = quantities
    self.subject = SubjectParser.parse(scalars, lines: lineIndex, headings: headings)
  }

  /// The scalars of `text`, decoded straight from its UTF-8 (twice as fast as `Array(text.unicodeScalars)`).
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      // A String's UTF-8 is valid, so every byte that is not a continuation byte starts a scalar.
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
        var index = 0
        var position = 0
        let end = bytes.count
        // Each length decoded on its own path (a loop over continuation bytes cost twice as much).
        while index < end, position < count {
          let lead = UInt32(bytes[index])
          var value: UInt32
          if lead < 0x80 {
            value = lead
            index += 1
          } else if lead < 0xE0, index + 1 < end {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0, index + 2 < end {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else if index + 3 < end {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
              | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          } else {
            // Unreachable for a String's UTF-8; ends the decoding rather than reading past the end.
            break
          }
          buffer[position] = Unicode.Scalar(value) ?? "\u{FFFD}"
          position += 1
        }
        initialized = position
      }
    }
  }

  /// Splits a paragraph into sentences at 。！？ and each sentence into clauses at ，；：.
  static func sentences(_ text: [Unicode.Scalar], in range: TextRange) -> [Sentence] {
    var sentences: [Sentence] = []
    var clauses: [TextRange] = []
    var sentenceStart = range.start
    var clauseStart = range.start
    var depth = 0  // inside brackets or quotes a ，does not end a clause of the outer sentence
    var index = range.start
    while index < range.end {
      let scalar = text[index]
      switch scalar {
      case "（", "(", "“", "《", "【", "〔", "‘": depth += 1
      case "）", ")", "”", "》", "】", "〕", "’": depth = max(0, depth - 1)
      default: break
      }
      if scalar.isSentenceEnd, depth == 0 || scalar == "。" {
        var end = index + 1
        while end < range.end, text[end].isSentenceEnd || text[end] == "”" || text[end] == "’" { end += 1 }
        if clauseStart < index { clauses.append(TextRange(clauseStart, index)) }
        sentences.append(Sentence(range: TextRange(sentenceStart, end), clauses: clauses))
        clauses = []
        depth = 0
        sentenceStart = end
        clauseStart = end
        index = end
        continue
      }
      if scalar.isClauseEnd, depth == 0, !(scalar == "," && isThousandsComma(text, index)) {
        if clauseStart < index { clauses.append(TextRange(clauseStart, index)) }
        clauseStart = index + 1
      }
      index += 1
    }
    if sentenceStart < range.end {
      if clauseStart < range.end { clauses.append(TextRange(clauseStart, range.end)) }
      sentences.append(Sentence(range: TextRange(sentenceStart, range.end), clauses: clauses))
    }
    return sentences
  }

  private static func isThousandsComma(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
    index > 0 && index + 3 < text.count && text[index - 1].isDigit && text[index + 1].isDigit
      && text[index + 2].isDigit && text[index + 3].isDigit
  }

  /// The text of a range.
  public func string(in range: TextRange) -> String { scalars.string(in: range) }

  /// The quantities whose number starts inside `range`, found by binary search.
  public func quantities(in range: TextRange) -> ArraySlice<Quantity> {
    var low = 0
    var high = quantities.count
    while low < high {
      let mid = (low + high) / 2
      if quantities[mid].numberRange.start < range.start { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < quantities.count, quantities[end].numberRange.start < range.end { end += 1 }
    return quantities[low..<end]
  }

  /// The paragraph on `line`, if that line is a paragraph.
  public func paragraph(onLine line: Int) -> Paragraph? {
    var low = 0
    var high = paragraphs.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if paragraphs[mid].line == line { return paragraphs[mid] }
      if paragraphs[mid].line < line { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }
}
