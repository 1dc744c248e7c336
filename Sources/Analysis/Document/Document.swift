/// A sentence of a paragraph, split into clauses at ，；：.
public struct Sentence: Hashable, Sendable {
  public var range: TextRange
  public var clauses: [TextRange]
}

/// A paragraph: a non-blank line outside tables (a Word paragraph once pasted), or, in a text
/// hard-wrapped by a PDF conversion, the run of lines one paragraph was cut into (see `HardWrap`).
public struct Paragraph: Hashable, Sendable {
  /// Zero-based number of the first line.
  public var line: Int
  /// Zero-based number of the last line: `line` unless the paragraph was hard-wrapped.
  public var lastLine: Int
  /// The text without leading and trailing white space. A hard-wrapped paragraph's range includes
  /// its line breaks: positions stay those of the text as written.
  public var range: TextRange
  public var sentences: [Sentence]
  /// Index into `Document.headings` when the paragraph starts with a numbering marker.
  public var heading: Int?

  /// Whether the paragraph spans several lines.
  public var isWrapped: Bool { lastLine > line }
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
  /// Numbered lines, in document order (the entries of a table of contents are not headings).
  public let headings: [Heading]
  public let tables: [Table]
  /// Every number in the text (prose and tables), in document order.
  public let quantities: [Quantity]
  public let subject: Subject
  /// For each line, whether it belongs to a table.
  public let isTableLine: [Bool]
  /// The width the text is hard-wrapped at, in columns (a Chinese character is two), when it is.
  public let wrapWidth: Int?
  /// The title block (the opening lines up to the one that names the document), when the text opens
  /// with one.
  public let titleBlock: TextRange?
  /// The line of the title block that names the document (…绩效评价报告, …决算说明).
  public let titleLine: TextRange?
  /// The kind of document the title names.
  public let genre: Genre
  /// Whether the text is part of a document (a section, an appendix, a page): it opens with neither a
  /// title nor a first heading (一、, 1、), so its first headings may be numbered anywhere.
  public let isFragment: Bool

  public init(text: String) {
    self.text = text
    let (scalars, lineIndex) = Self.decode(text)
    self.scalars = scalars
    self.lineIndex = lineIndex

    var isTableLine = [Bool](repeating: false, count: lineIndex.lineCount)
    let tables = TableParser.parse(scalars, lines: lineIndex, isTableLine: &isTableLine)
    self.tables = tables
    self.isTableLine = isTableLine
    let wrap = HardWrap.read(scalars, lines: lineIndex, isTableLine: isTableLine)
    self.wrapWidth = wrap?.width

    var paragraphs: [Paragraph] = []
    // The heading each paragraph opens with, before tables of contents are set apart and parents found.
    var parsed: [(paragraph: Int, heading: Heading)] = []
    var quantities: [Quantity] = []
    var tableIndex = 0
    // The last line of the flattened table being read: its lines' numbers are read as in prose.
    var flattenedEnd = -1
    var clauses: [TextRange] = []
    func scanLine(_ line: Int, _ content: TextRange) {
      let nextLine = line + 1 < lineIndex.lineCount ? lineIndex.contentRange(ofLine: line + 1) : nil
      QuantityScanner.scan(scalars, range: content, nextLine: nextLine, into: &quantities)
    }
    var line = 0
    while line < lineIndex.lineCount {
      if isTableLine[line] {
        // Table quantities join the stream where the table starts.
        while tableIndex < tables.count, tables[tableIndex].lineRange.lowerBound <= line {
          switch tables[tableIndex].layout {
          case .tabIndented, .markdown:
            for row in tables[tableIndex].rows {
              for cell in row { if let quantity = cell.quantity { quantities.append(quantity) } }
            }
          case .flattened, .cellPerLine:
            flattenedEnd = tables[tableIndex].lineRange.upperBound
          }
          tableIndex += 1
        }
        if line <= flattenedEnd { scanLine(line, scalars.trimmed(lineIndex.contentRange(ofLine: line))) }
        line += 1
        continue
      }
      let content = scalars.trimmed(lineIndex.contentRange(ofLine: line))
      if content.isEmpty {
        line += 1
        continue
      }
      var last = line
      if let continues = wrap?.continues {
        while last + 1 < lineIndex.lineCount, continues[last] { last += 1 }
      }
      let range = last == line ? content : TextRange(content.start, scalars.trimmed(lineIndex.contentRange(ofLine: last)).end)
      if let heading = HeadingParser.parse(scalars, line: line, content: range) {
        parsed.append((paragraphs.count, heading))
      }
      let sentences = Self.sentences(scalars, in: range, clauses: &clauses)
      paragraphs.append(Paragraph(line: line, lastLine: last, range: range, sentences: sentences, heading: nil))
      for wrapped in line...last { scanLine(wrapped, scalars.trimmed(lineIndex.contentRange(ofLine: wrapped))) }
      line = last + 1
    }
    let contents = ContentsReader.entries(scalars, paragraphs: paragraphs, parsed: parsed)
    var headings: [Heading] = []
    // The path from the top level to the last heading, as indices into `headings`.
    var openHeadings: [Int] = []
    for (position, (paragraph, heading)) in parsed.enumerated() where !contents.contains(position) {
      var heading = heading
      heading.parent = HeadingParser.parent(of: heading, among: headings, openHeadings: &openHeadings)
      heading.level = heading.parent.map { headings[$0].level + 1 } ?? 1
      paragraphs[paragraph].heading = headings.count
      openHeadings.append(headings.count)
      headings.append(heading)
    }
    self.paragraphs = paragraphs
    self.headings = headings
    self.quantities = quantities
    self.subject = SubjectParser.parse(scalars, lines: lineIndex, headings: headings)
    let title = TitleReader.title(scalars, paragraphs: paragraphs) { paragraphs[$0].heading != nil }
    self.titleBlock = title?.block
    self.titleLine = title?.line
    self.genre = TitleReader.genre(scalars, title: title?.block)
    self.isFragment = TitleReader.isFragment(
      hasTitle: title != nil, firstHeading: headings.first,
      isFirstParagraph: paragraphs.first?.heading == 0)
  }

  /// The scalars of `text` and their line index, from one pass over its UTF-8 (several times
  /// faster than `Array(text.unicodeScalars)` followed by `LineIndex(scalars:)`, which does the
  /// same work again scalar by scalar).
  static func decode(_ text: String) -> ([Unicode.Scalar], LineIndex) {
    var text = text
    var lineStarts = [0]
    var lineEnds: [Int] = []
    var utf8Checkpoints = [0]
    var utf16Checkpoints = [0]
    let scalars = text.withUTF8 { bytes -> [Unicode.Scalar] in
      guard let source = bytes.baseAddress else { return [] }
      let end = bytes.count
      // A String's UTF-8 is valid, so every byte that is not a continuation byte (10xxxxxx) starts
      // a scalar. Counted eight bytes at a time: each byte of `found` counts the continuation
      // bytes at its position, up to 255 words before it is summed.
      var count = end
      var offset = 0
      while offset + 8 <= end {
        var found: UInt64 = 0
        let stop = min(end, offset + 8 * 255)
        while offset + 8 <= stop {
          let word = UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self)
          found &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
          offset += 8
        }
        let pairs = (found & 0x00FF_00FF_00FF_00FF) &+ (found >> 8 & 0x00FF_00FF_00FF_00FF)
        count &-= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
      }
      while offset < end {
        if source[offset] & 0xC0 == 0x80 { count &-= 1 }
        offset += 1
      }
      utf8Checkpoints.reserveCapacity(count / LineIndex.checkpointStride + 2)
      utf16Checkpoints.reserveCapacity(count / LineIndex.checkpointStride + 2)
      return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
        guard let target = buffer.baseAddress else { return }
        var index = 0
        var position = 0
        var astral = 0  // scalars of four bytes so far, two UTF-16 units each
        // Block by block, with a checkpoint where each block after the first starts.
        decoding: while index < end, position < count {
          if position > 0 {
            utf8Checkpoints.append(index)
            utf16Checkpoints.append(position + astral)
          }
          let blockEnd = min(position + LineIndex.checkpointStride, count)
          // Each length decoded on its own path (a loop over continuation bytes cost twice as much).
          while index < end, position < blockEnd {
            let lead = UInt32(source[index])
            var value: UInt32
            if lead < 0x80 {
              value = lead
              index += 1
              // Line breaks as `LineIndex(scalars:)` finds them: \n, \r\n (ending at the \r) and \r.
              if lead == 0x0A {
                lineEnds.append(position > 0 && source[index - 2] == 0x0D ? position - 1 : position)
                lineStarts.append(position + 1)
              } else if lead == 0x0D, !(index < end && source[index] == 0x0A) {
                lineEnds.append(position)
                lineStarts.append(position + 1)
              }
            } else if lead < 0xE0, index + 1 < end {
              value = (lead & 0x1F) << 6 | UInt32(source[index + 1] & 0x3F)
              index += 2
            } else if lead < 0xF0, index + 2 < end {
              value =
                (lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6 | UInt32(source[index + 2] & 0x3F)
              index += 3
            } else if index + 3 < end {
              value = (lead & 0x07) << 18 | UInt32(source[index + 1] & 0x3F) << 12
                | UInt32(source[index + 2] & 0x3F) << 6 | UInt32(source[index + 3] & 0x3F)
              index += 4
              astral += 1
            } else {
              // Unreachable for a String's UTF-8; ends the decoding rather than reading past the end.
              break decoding
            }
            // Valid UTF-8 decodes to valid scalars, so the checked initialiser is not needed.
            target[position] = unsafeBitCast(value, to: Unicode.Scalar.self)
            position += 1
          }
        }
        if position > 0, position % LineIndex.checkpointStride == 0 {
          utf8Checkpoints.append(index)
          utf16Checkpoints.append(position + astral)
        }
        initialized = position
      }
    }
    lineEnds.append(scalars.count)
    let lineIndex = LineIndex(
      scalars: scalars, lineStarts: lineStarts, lineEnds: lineEnds, utf8Checkpoints: utf8Checkpoints,
      utf16Checkpoints: utf16Checkpoints)
    return (scalars, lineIndex)
  }

  /// Splits a paragraph into sentences at 。！？ and each sentence into clauses at ，；：.
  /// `clauses` is a buffer reused from paragraph to paragraph, so that each sentence allocates its
  /// clauses once, at their final size.
  static func sentences(_ text: [Unicode.Scalar], in range: TextRange, clauses: inout [TextRange]) -> [Sentence] {
    var sentences: [Sentence] = []
    clauses.removeAll(keepingCapacity: true)
    var sentenceStart = range.start
    var clauseStart = range.start
    var depth = 0  // inside brackets or quotes a ，does not end a clause of the outer sentence
    var index = range.start
    while index < range.end {
      let scalar = text[index]
      // Ideographs, most of the text, are neither brackets nor marks.
      if (0x4E00...0x9FFF).contains(scalar.value) {
        index += 1
        continue
      }
      switch scalar {
      case "（", "(", "“", "《", "【", "〔", "‘": depth += 1
      case "）", ")", "”", "》", "】", "〕", "’": depth = max(0, depth - 1)
      default: break
      }
      if scalar.isSentenceEnd, depth == 0 || scalar == "。" {
        var end = index + 1
        while end < range.end, text[end].isSentenceEnd || text[end] == "”" || text[end] == "’" { end += 1 }
        if clauseStart < index { clauses.append(TextRange(clauseStart, index)) }
        sentences.append(Sentence(range: TextRange(sentenceStart, end), clauses: Array(clauses[...])))
        clauses.removeAll(keepingCapacity: true)
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
      sentences.append(Sentence(range: TextRange(sentenceStart, range.end), clauses: Array(clauses[...])))
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

  /// The paragraph that `line` is part of, if it is part of one.
  public func paragraph(onLine line: Int) -> Paragraph? {
    var low = 0
    var high = paragraphs.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if paragraphs[mid].line <= line, line <= paragraphs[mid].lastLine { return paragraphs[mid] }
      if paragraphs[mid].line < line { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }
}
